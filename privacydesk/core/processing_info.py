"""The Art. 15(1)(a)-(h) and 15(2) information an access answer gives, item by item.

The officer keeps it once per letter language in the settings (``Settings.processing_info``,
only what differs from the wording in ``phrases.json``) and may adjust it for one case in the
letter dialog. The items follow the order of Art. 15(1) so a reader can check them off.
"""

from __future__ import annotations

from collections.abc import Mapping

from privacydesk.core.case import Language

# Art. 15(1)(a) purposes, (b) categories, (c) recipients, (d) retention, (e) the rights to
# rectification, erasure, restriction and objection, (f) the complaint to the authority,
# (g) the source, (h) automated decision-making; Art. 15(2) transfers outside the EEA.
PROCESSING_INFO_ITEMS: tuple[str, ...] = (
    "purposes",
    "categories",
    "recipients",
    "retention",
    "rights",
    "complaint",
    "source",
    "automated",
    "transfers",
)

PROCESSING_INFO_ARTICLE: dict[str, str] = {
    "purposes": "Art. 15(1)(a)",
    "categories": "Art. 15(1)(b)",
    "recipients": "Art. 15(1)(c)",
    "retention": "Art. 15(1)(d)",
    "rights": "Art. 15(1)(e)",
    "complaint": "Art. 15(1)(f)",
    "source": "Art. 15(1)(g)",
    "automated": "Art. 15(1)(h)",
    "transfers": "Art. 15(2)",
}


def merged_processing_info(
    defaults: Mapping[str, str],
    kept: Mapping[str, Mapping[str, str]],
    language: Language,
    for_case: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """Per item the text in force: this case's adjustment, else the settings' text for the
    language, else the default wording. An item left empty on purpose stays out."""
    own = kept.get(language.value, {})
    result: dict[str, str] = {}
    for item in PROCESSING_INFO_ITEMS:
        text = defaults.get(item, "")
        if item in own:
            text = own[item]
        if for_case is not None and item in for_case:
            text = for_case[item]
        if text.strip():
            result[item] = text.strip()
    return result


def kept_differences(
    defaults_by_language: Mapping[Language, Mapping[str, str]],
    shown: Mapping[Language, Mapping[str, str]],
) -> dict[str, dict[str, str]]:
    """What to store in the settings: only texts that differ from the default wording, so an
    improved default still reaches letters whose text the officer never changed."""
    kept: dict[str, dict[str, str]] = {}
    for language, texts in shown.items():
        defaults = defaults_by_language.get(language, {})
        own = {
            item: text.strip()
            for item, text in texts.items()
            if item in PROCESSING_INFO_ITEMS and text.strip() != defaults.get(item, "").strip()
        }
        if own:
            kept[language.value] = own
    return kept
