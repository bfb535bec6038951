"""The values of a letter's placeholders, worded in the letter's language.

Every value comes from the case, the letterhead or ``phrases.json``; nothing is translated
by machine. A value that cannot be given (an undecided right, an unrecorded extension) is
left empty, and filling the template then stops with a :class:`MissingPlaceholderError`.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from privacydesk.core.case import Language
from privacydesk.core.deadlines import response_due
from privacydesk.core.letter_kinds import MISSING_ITEMS, LetterKind
from privacydesk.core.messages import Message, message
from privacydesk.core.processing_info import PROCESSING_INFO_ITEMS, merged_processing_info
from privacydesk.core.rights import GROUND_INFO, Outcome, Right
from privacydesk.letters.context import LetterContext
from privacydesk.letters.dates import format_date
from privacydesk.letters.errors import TemplateError
from privacydesk.letters.texts import authority, phrases

# Every placeholder a template may use, with what the officer reads when one is missing.
# What each value is, in words for the officer ("nog nodig: …"); translated in the window.
PLACEHOLDER_HELP_NL: dict[str, Message] = {
    "salutation": message("de aanspreking"),
    "closing": message("de slotformule"),
    "reference": message("het kenmerk van het dossier"),
    "requester_name": message("de naam van de betrokkene"),
    "received_date": message("de ontvangstdatum"),
    "issue_date": message("de datum van de brief"),
    "due_date": message("de uiterste antwoorddatum (leg een verlenging eerst vast in het dossier)"),
    "first_due_date": message("de oorspronkelijke termijn van één maand"),
    "period_start": message("de eerste dag van de termijn"),
    "period_end": message("de laatste dag van de termijn van één maand"),
    "answer_period": message("de zin over de wettelijke termijn van één maand"),
    "deadline_rule": message("de toegepaste termijnregel"),
    "deadline_rule_register": message("de termijnregel zoals het register hem vermeldt"),
    "rights_list": message("de uitgeoefende rechten"),
    "missing_items": message("de ontbrekende stukken (vink er minstens één aan)"),
    "identity_note": message("de uitleg bij de identificatie"),
    "extension_reasons": message(
        "de redenen voor de verlenging in de taal van de brief (bij een Franse of Engelse "
        "brief typt u ze in het vak Redenen)"
    ),
    "outcomes": message("een beslissing, en bij weigering een rechtsgrond, voor elk recht"),
    "no_action_reasons": message("de redenen waarom geen gevolg gegeven wordt"),
    "no_action_ground": message("de rechtsgrond om geen gevolg te geven (kies er een)"),
    "recipients_list": message("de ontvangers die op de hoogte gebracht werden"),
    "controller_name": message("de naam van de verwerkingsverantwoordelijke"),
    "controller_contact": message("het e-mail- of postadres van de verwerkingsverantwoordelijke"),
}


_LANGUAGE_NL = {Language.NL: "Nederlands", Language.FR: "Frans", Language.EN: "Engels"}


def word(words: dict[str, Any], *keys: str) -> Any:
    """``words[k1][k2]…``, or a clear message naming the phrase that is missing."""
    value: Any = words
    for key in keys:
        if not isinstance(value, dict) or key not in value:
            raise TemplateError(
                f"De formulering '{'.'.join(keys)}' ontbreekt in phrases.json van deze taal."
            )
        value = value[key]
    return value


def _bullets(lines: list[str]) -> str:
    return "\n".join(f"- {line}" for line in lines)


def _days(words: dict[str, Any], n: int) -> str:
    return str(word(words, "days", "one" if n == 1 else "other")).format(n=n)


_ARTICLE_REF = re.compile(r"^Art\.\s*(\d+)(?:\((\d+)\))?(?:\(([a-z])\))?$")


def article(article_ref: str, language: Language) -> str:
    """``Art. 17(3)(b)`` in the one citation style of the letter's language:
    ``artikel 17, lid 3, onder b), AVG`` / ``article 17, paragraphe 3, point b), du RGPD`` /
    ``Article 17(3)(b) GDPR``."""
    match = _ARTICLE_REF.match(article_ref.strip())
    if match is None:
        raise TemplateError(f"Onbekende artikelverwijzing '{article_ref}'.")
    number, paragraph, point = match.groups()
    style = "point" if point else "paragraph" if paragraph else "plain"
    return str(word(phrases(language), "article", style)).format(
        number=number, paragraph=paragraph, point=point
    )


def outcome_word(words: dict[str, Any], right: Right, outcome: Outcome) -> str:
    """The outcome as it agrees with the right's name (French: « Opposition … : accordée »)."""
    by_right = words.get("outcome_label_by_right", {}).get(right.value, {})
    if outcome.value in by_right:
        return str(by_right[outcome.value])
    return str(word(words, "outcome_label", outcome.value))


def outcome_heading(words: dict[str, Any], right: Right, outcome: Outcome) -> str:
    return str(word(words, "outcome_heading")).format(
        right=word(words, "rights", right.value), outcome=outcome_word(words, right, outcome)
    )


def complaint_lines(language: Language) -> tuple[str, list[str], str]:
    """The complaint block: its title, its lines (intro, the authority's address and
    contact), and the sentence on the right to a judicial remedy."""
    words = phrases(language)
    details = authority()
    try:
        own = details[language.value]
        lines = [
            str(word(words, "complaint", "intro")),
            own["name"],
            f"{own['street']}, {own['city']}",
            f"{word(words, 'complaint', 'phone')} {details['phone']} · {details['email']}"
            + (f" · {own['website']}" if own.get("website") else ""),
        ]
    except (KeyError, TypeError) as exc:
        raise TemplateError(
            f"De gegevens van de Gegevensbeschermingsautoriteit in authority.json zijn "
            f"onvolledig ({exc})."
        ) from exc
    return str(word(words, "complaint", "title")), lines, str(word(words, "complaint", "court"))


def _outcomes(ctx: LetterContext, words: dict[str, Any]) -> str:
    blocks: list[str] = []
    for item in ctx.case.rights:
        if item.outcome is Outcome.PENDING:
            return ""  # undecided: the outcome letter cannot be written yet
        lines = [outcome_heading(words, item.right, item.outcome)]
        if item.outcome.needs_ground:
            if item.ground is None:
                return ""
            key = "partly" if item.outcome is Outcome.PARTLY_GRANTED else "refused"
            lines.append(
                str(word(words, key)).format(
                    ground=word(words, "grounds", item.ground.value),
                    article=article(GROUND_INFO[item.ground].article, ctx.language),
                )
            )
        elif item.outcome is Outcome.GRANTED:
            lines.append(str(word(words, "granted", item.right.value)))
        elif item.outcome is Outcome.NO_DATA:
            lines.append(str(word(words, "no_data")))
        else:
            lines.append(str(word(words, "not_applicable")))
        if item.outcome_note.strip():
            if ctx.language is not ctx.case.requester.language:
                # The note was asked in the case's letter language: never a Dutch sentence
                # in a French letter.
                raise TemplateError(
                    f"De toelichting bij '{word(phrases(Language.NL), 'rights', item.right.value)}'"
                    f" werd getypt in het {_LANGUAGE_NL[ctx.case.requester.language]}, de taal "
                    f"van dit dossier; een brief in het {_LANGUAGE_NL[ctx.language]} kan ze niet "
                    "bevatten. Schrijf de brief in de taal van het dossier, of wijzig de taal "
                    "van het dossier en typ de toelichting opnieuw."
                )
            lines.append(item.outcome_note.strip())
        if item.right is Right.ACCESS and item.outcome in (Outcome.GRANTED, Outcome.PARTLY_GRANTED):
            if item.outcome is Outcome.PARTLY_GRANTED:
                # A partial answer still confirms the processing and encloses the copy (Art. 15).
                lines.append(str(word(words, "granted", "access")))
            lines.append(_bullets(access_information(ctx)))
            lines.append("\n" + _enclosures(ctx, words))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _enclosures(ctx: LetterContext, words: dict[str, Any]) -> str:
    """What the access answer encloses, listed (Art. 15(3)): at least the copy of the data."""
    listed = [e.strip() for e in ctx.enclosures if e.strip()] or [
        str(word(words, "enclosures", "default"))
    ]
    return str(word(words, "enclosures", "title")) + "\n" + _bullets(listed)


def default_processing_info(language: Language) -> dict[str, str]:
    """The default Art. 15 wording of one language (worded after the privacy statement)."""
    info = word(phrases(language), "access_info")
    return {item: str(info.get(item, "")) for item in PROCESSING_INFO_ITEMS}


def access_information(ctx: LetterContext) -> list[str]:
    """The Art. 15(1)(a)-(h) and 15(2) lines of an access answer: this case's adjustment,
    else the settings, else the default wording; the recipients recorded on the case are
    named (CJEU C-154/21: by name where known, not only by category)."""
    words = phrases(ctx.language)
    texts = merged_processing_info(
        default_processing_info(ctx.language),
        ctx.processing_info_kept,
        ctx.language,
        ctx.processing_info_case,
    )
    names = list(dict.fromkeys(n.recipient.strip() for n in ctx.case.recipients))
    if names and "recipients" in texts:
        named = str(word(words, "recipients_named")).format(names=", ".join(names))
        texts["recipients"] = f"{texts['recipients']} {named}"
    return [
        str(word(words, "access_info_line")).format(
            label=word(words, "access_info_label", item), text=text
        )
        for item, text in texts.items()
    ]


def _extension_reasons(ctx: LetterContext) -> str:
    """Typed for this letter in its language, or (Dutch letters) as recorded on the case;
    a French or English letter never carries the Dutch text."""
    if ctx.extension_reasons is not None:
        return ctx.extension_reasons.strip()
    return ctx.case.extension_reasons.strip() if ctx.language is Language.NL else ""


def _salutation(ctx: LetterContext, words: dict[str, Any]) -> str:
    """To a representative: the salutation, then who the client is and that "you" in the
    letter means the client."""
    salutation = str(word(words, "salutation"))
    requester = ctx.case.requester
    if not requester.representative.strip():
        return salutation
    intro = str(word(words, "representative_intro")).format(name=requester.name.strip())
    return f"{salutation}\n\n{intro}"


def _no_action_ground(ctx: LetterContext, words: dict[str, Any]) -> str:
    if ctx.no_action_ground is None:
        return ""
    return str(word(words, "no_action_ground")).format(
        ground=word(words, "grounds", ctx.no_action_ground.value),
        article=article(GROUND_INFO[ctx.no_action_ground].article, ctx.language),
    )


def _answer_period(ctx: LetterContext, words: dict[str, Any], start: str, end: str) -> str:
    """The statutory month as the law counts it (``start`` to ``end``, the day after receipt
    to the same date a month on): without the days a pause adds ({deadline_rule} states
    those) and, once extended, said to be extended. {due_date} is the day in force."""
    key = "extended" if ctx.due > ctx.first_due else "running"
    return str(word(words, "answer_period", key)).format(start=start, end=end)


def _deadline_rule(ctx: LetterContext, words: dict[str, Any]) -> str:
    """The rule the register actually applies to the time limit, in the letter's language
    (SPEC §4a): the letter never says the clock runs while the register pauses it."""
    if ctx.waiting_for_identification:
        return str(word(words, "deadline_rule", "waiting"))
    if ctx.pause_days > 0:
        return str(word(words, "deadline_rule", "paused")).format(days=_days(words, ctx.pause_days))
    if ctx.pause_policy and ctx.kind is LetterKind.IDENTIFICATION:
        key = "will_pause" if ctx.pause_on_identification else "no_pause_late"
        return str(word(words, "deadline_rule", key))
    if ctx.pause_policy and ctx.kind is LetterKind.ACKNOWLEDGEMENT:
        return str(word(words, "deadline_rule", "policy"))
    return str(word(words, "deadline_rule", "strict"))


def _missing_items(ctx: LetterContext, words: dict[str, Any]) -> str:
    unknown = [item for item in ctx.missing_items if item not in MISSING_ITEMS]
    if unknown:
        raise TemplateError(
            f"Onbekend ontbrekend stuk: {', '.join(unknown)}; kies uit {', '.join(MISSING_ITEMS)}."
        )
    ordered = [item for item in MISSING_ITEMS if item in ctx.missing_items]
    return _bullets([str(word(words, "missing", item)) for item in ordered])


def _identity_note(ctx: LetterContext, words: dict[str, Any]) -> str:
    note = str(word(words, "identity_note", "other"))
    if "id_copy" in ctx.missing_items:
        note += " " + str(word(words, "identity_note", "id_copy"))
    return note


def _due_date(ctx: LetterContext) -> str:
    if ctx.kind is LetterKind.EXTENSION and ctx.due <= ctx.first_due:
        return ""  # the extension is not recorded yet: no new date to announce
    return format_date(ctx.due, ctx.language)


def _controller_contact(ctx: LetterContext, words: dict[str, Any]) -> str:
    head = ctx.letterhead
    address = ", ".join((head.controller_name, *head.address_lines))
    if not head.emails:
        if not head.address_lines:
            return ""
        return str(word(words, "contact_post")).format(address=address)
    return str(word(words, "contact")).format(emails=", ".join(head.emails), address=address)


def placeholder_values(ctx: LetterContext) -> dict[str, str]:
    """The value of every known placeholder ("" when it cannot be given)."""
    words = phrases(ctx.language)
    lang = ctx.language
    case = ctx.case
    # The statutory month as the law counts it, without a pause's days or an extension.
    period_start = format_date(case.received + timedelta(days=1), lang)
    period_end = format_date(response_due(case.received), lang)
    return {
        "salutation": _salutation(ctx, words),
        "closing": str(word(words, "closing")),
        "reference": case.reference,
        "requester_name": case.requester.name.strip(),
        "received_date": format_date(case.received, lang),
        "issue_date": format_date(ctx.issue_date, lang),
        "due_date": _due_date(ctx),
        "first_due_date": format_date(ctx.first_due, lang),
        "period_start": period_start,
        "period_end": period_end,
        "answer_period": _answer_period(ctx, words, period_start, period_end),
        "deadline_rule": _deadline_rule(ctx, words),
        "deadline_rule_register": ctx.deadline_rule.strip(),
        "rights_list": _bullets([str(word(words, "rights", r.right.value)) for r in case.rights]),
        "missing_items": _missing_items(ctx, words),
        "identity_note": _identity_note(ctx, words),
        "extension_reasons": _extension_reasons(ctx),
        "outcomes": _outcomes(ctx, words),
        "no_action_reasons": ctx.no_action_reasons.strip(),
        "no_action_ground": _no_action_ground(ctx, words),
        "recipients_list": _bullets(
            [
                str(word(words, "recipient_line")).format(
                    recipient=n.recipient, date=format_date(n.notified_on, lang), how=n.how
                )
                for n in case.recipients
            ]
        ),
        "controller_name": ctx.letterhead.controller_name,
        "controller_contact": _controller_contact(ctx, words),
    }
