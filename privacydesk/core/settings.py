"""The officer's settings as plain values, with their defaults and the rules they must obey."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any

from privacydesk.core.case import Language
from privacydesk.core.messages import Message, message

# The letterhead fields the first-start wizard and the settings page both ask for, in order.
LETTERHEAD_FIELDS: tuple[str, ...] = (
    "controller_name",
    "legal_form",
    "controller_address",
    "registered_office",
    "enterprise_number",
    "legal_entities_register",
    "legal_entities_register_fr",
    "legal_entities_register_en",
    "controller_emails",
    "controller_phone",
    "logo_path",
    "letter_place",
    "officer_name",
    "officer_role",
    "officer_role_fr",
    "officer_role_en",
)


def officer_role_for(settings: Settings, language: Language) -> str:
    """The signer's role in the letter's language: never a Dutch title in a French letter."""
    return {
        Language.NL: settings.officer_role,
        Language.FR: settings.officer_role_fr,
        Language.EN: settings.officer_role_en,
    }[language].strip()


def enterprise_number_display(number: str) -> str:
    """``0123.456.749``, as the Crossroads Bank for Enterprises writes it."""
    from stdnum.be import vat as be_vat  # on use: every listing reads the settings

    digits = be_vat.compact(number)
    return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}" if len(digits) == 10 else number.strip()


@dataclass(frozen=True)
class Settings:
    # Letterhead and signature (defaults: the controller in the seed's privacy statement).
    controller_name: str = "Bimsoft"
    controller_address: str = "Hospitaalweg 1c bus 3\n8510 Kortrijk"
    controller_emails: str = "info@bimsoft.be, contact@bimsoft.be"
    controller_phone: str = ""
    logo_path: str = ""
    letter_place: str = "Kortrijk"
    officer_name: str = ""
    officer_role: str = "Privacyverantwoordelijke"  # in Dutch letters
    officer_role_fr: str = "Responsable de la protection de la vie privée"
    officer_role_en: str = "Privacy Officer"
    # What every Belgian company's letters must show (art. 2:20 Code of Companies and
    # Associations): legal form, registered office, enterprise number, RPR/RPM.
    legal_form: str = ""  # e.g. "BV", "NV"
    registered_office: str = ""  # "" = the letterhead address
    enterprise_number: str = ""  # KBO/BCE, checked with python-stdnum (be.vat)
    legal_entities_register: str = ""  # e.g. "RPR Gent, afdeling Kortrijk"
    legal_entities_register_fr: str = ""  # e.g. "RPM Gand, division Courtrai"
    legal_entities_register_en: str = ""  # e.g. "RLE Ghent, Kortrijk division"
    default_letter_language: Language = Language.NL
    # The Art. 15 information of an access answer, per letter language and item
    # (core.processing_info); only texts that differ from the default wording are kept.
    processing_info: dict[str, dict[str, str]] = field(default_factory=dict)
    # Deadlines and reminders.
    reminder_window_days: int = 7
    identification_wait_limit_days: int = 14
    pause_while_awaiting_identification: bool = False
    pause_request_max_delay_days: int = 5
    # Identity documents.
    auto_purge_id_copies: bool = True
    attachment_size_limit_mb: int = 25
    # Certificates (.cer/.crt/.pem/.der) of the roots trusted for digitally signed requests,
    # e.g. the Belgian eID root CAs; "" = none, so signatures show as "untrusted".
    trusted_roots_folder: str = ""
    # Backups.
    backup_folder: str = ""  # "" = the "backups" folder beside the register
    backup_count: int = 10
    # The automatic backups together may take at most this much room (GB, 10^9 bytes): a
    # 2 GB register would otherwise keep 20 GB of full copies. The newest copy always stays.
    backup_budget_gb: int = 10
    # Retention: closed cases are kept this many years, then anonymised (SPEC §8).
    retention_years: int = 5
    # User interface.
    ui_language: str = "nl"
    extra: dict[str, Any] = field(default_factory=dict)


# The range of each number setting: the window refuses to save outside it, and a stored
# value outside it is damage (services/register_health.py).
SETTING_LIMITS: dict[str, tuple[int, int]] = {
    "reminder_window_days": (1, 60),
    "identification_wait_limit_days": (1, 90),
    "pause_request_max_delay_days": (0, 30),
    "attachment_size_limit_mb": (1, 500),
    "backup_count": (1, 100),
    "backup_budget_gb": (1, 1000),
    "retention_years": (1, 30),
}


def settings_problems(settings: Settings) -> dict[str, Message]:
    """Why these settings cannot be saved, per field; empty when they can (sentences the GUI
    translates, core/messages.py)."""
    problems: dict[str, Message] = {}
    for name, (low, high) in SETTING_LIMITS.items():
        value = getattr(settings, name)
        if not low <= value <= high:
            problems[name] = message("Kies een waarde van {low} tot {high}.", low=low, high=high)
    if not settings.controller_name.strip():
        problems["controller_name"] = message(
            "De naam van de verwerkingsverantwoordelijke is verplicht."
        )
    if not settings.controller_address.strip():
        problems["controller_address"] = message("Het adres staat op elke brief en is verplicht.")
    if not settings.letter_place.strip():
        problems["letter_place"] = message("De plaats staat in de datumregel van elke brief.")
    from stdnum.be import vat as be_vat

    if settings.enterprise_number.strip() and not be_vat.is_valid(settings.enterprise_number):
        problems["enterprise_number"] = message(
            "Dit ondernemingsnummer klopt niet: tien cijfers, beginnend met 0 of 1, waarvan "
            "de laatste twee het controlegetal zijn (bv. 0123.456.749)."
        )
    if settings.ui_language not in ("nl", "en"):
        problems["ui_language"] = message("Kies Nederlands of Engels.")
    return problems


def settings_to_json(settings: Settings) -> dict[str, Any]:
    return {f.name: getattr(settings, f.name) for f in fields(settings)}


def _processing_info(value: Any) -> dict[str, dict[str, str]]:
    """Language -> item -> text, dropping anything of another shape (a damaged value never
    stops the settings from loading; the letters then use the default wording)."""
    if not isinstance(value, dict):
        return {}
    return {
        str(language): {str(k): v for k, v in texts.items() if isinstance(v, str)}
        for language, texts in value.items()
        if isinstance(texts, dict)
    }


def settings_from_json(values: dict[str, Any]) -> Settings:
    """Known keys override the defaults; unknown keys (from a newer version) are kept aside."""
    defaults = Settings()
    known = {f.name for f in fields(Settings)}
    changes: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in values.items():
        if key not in known:
            extra[key] = value
            continue
        default = getattr(defaults, key)
        if isinstance(default, Language):
            try:
                changes[key] = Language(value)
            except ValueError:
                continue
        elif key == "processing_info":
            changes[key] = _processing_info(value)
        elif isinstance(default, bool):
            changes[key] = bool(value)
        elif isinstance(default, int):
            try:
                changes[key] = int(value)
            except (TypeError, ValueError):
                continue
        elif isinstance(default, str):
            changes[key] = str(value)
    settings = replace(defaults, **changes)
    if extra:
        settings = replace(settings, extra={**settings.extra, **extra})
    return settings
