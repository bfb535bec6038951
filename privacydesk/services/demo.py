"""A throw-away register full of realistic Belgian sample cases, for trying PrivacyDesk out.

Cases are made through the services, as an officer would, so the audit trail is real.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from privacydesk.core.attachments import AttachmentRole
from privacydesk.core.case import Channel, Language, Relationship, Requester, RightRequest
from privacydesk.core.identity import CheckResult, IdCopyFields, IdentityCheck, IdentityMethod
from privacydesk.core.letter_kinds import LetterKind
from privacydesk.core.rights import LegalGround, Outcome, Right
from privacydesk.core.workflow import Status
from privacydesk.services import Services
from privacydesk.services.cases import NewRequest

_PEOPLE: list[tuple[str, str, Language]] = [
    ("Éloïse Van den Broeck", "Kerkstraat 12\n9000 Gent", Language.NL),
    ("Jan Peeters", "Grote Markt 3\n2000 Antwerpen", Language.NL),
    ("François Dubois", "Rue de la Loi 155\n1040 Etterbeek", Language.FR),
    ("Lieve De Smet", "Stationsstraat 48 bus 2\n8500 Kortrijk", Language.NL),
    ("Noël Lemaître", "Chaussée de Wavre 210\n5000 Namur", Language.FR),
    ("Sofie Janssens", "Diestsestraat 77\n3000 Leuven", Language.NL),
    ("Chloë Mertens", "Meir 24\n2000 Antwerpen", Language.NL),
    ("Zoë Willems", "Brugsesteenweg 5\n8520 Kuurne", Language.NL),
    ("Anaïs Lambert", "Boulevard d'Avroy 38\n4000 Liège", Language.FR),
    ("Koen Vermeulen", "Oudenaardsesteenweg 91\n8500 Kortrijk", Language.NL),
    ("Hélène Dupont", "Avenue Louise 480\n1050 Ixelles", Language.FR),
    ("Pieter-Jan Claes", "Vlamingstraat 9\n8000 Brugge", Language.NL),
    ("Mohamed El Amrani", "Turnhoutsebaan 140\n2140 Borgerhout", Language.NL),
    ("Ines Maes", "Leopoldlaan 2\n8930 Menen", Language.NL),
    ("Gaëlle Simon", "Rue Saint-Gilles 19\n4000 Liège", Language.FR),
    ("Thomas O'Brien", "Rue Belliard 40\n1040 Brussels", Language.EN),
    ("Wouter Goossens", "Kortrijksesteenweg 1020\n9051 Sint-Denijs-Westrem", Language.NL),
    ("Marie-Thérèse Collard", "Rue Haute 301\n1000 Bruxelles", Language.FR),
    ("Bram Wouters", "Hasseltweg 63\n3600 Genk", Language.NL),
    ("Ana Lúcia Ferreira", "Place Flagey 7\n1050 Ixelles", Language.EN),
]

_WORDS: dict[Right, str] = {
    Right.ACCESS: "Graag ontvang ik een kopie van alle gegevens die u over mij bewaart.",
    Right.RECTIFICATION: "Mijn adres in jullie klantenbestand is verouderd; pas het aan.",
    Right.ERASURE: "Ik wens dat al mijn gegevens gewist worden, ik ben geen klant meer.",
    Right.RESTRICTION: "Zolang de juistheid van mijn gegevens betwist is, vraag ik beperking.",
    Right.PORTABILITY: "Bezorg mijn gegevens uit PUNCH HD leesbaar aan mijn nieuwe leverancier.",
    Right.OBJECTION: "Ik maak bezwaar tegen de analyse van mijn klantgedrag.",
    Right.OBJECTION_DIRECT_MARKETING: "Stop onmiddellijk met het sturen van reclame.",
    Right.AUTOMATED_DECISION: "Werd er over mij beslist zonder menselijke tussenkomst?",
    Right.WITHDRAW_CONSENT: "Ik trek mijn toestemming voor de nieuwsbrief in.",
}

_GROUND_FOR: dict[Right, LegalGround] = {
    Right.ERASURE: LegalGround.LEGAL_OBLIGATION,
    Right.ACCESS: LegalGround.RIGHTS_OF_OTHERS,
    Right.RECTIFICATION: LegalGround.DATA_ACCURATE,
    Right.RESTRICTION: LegalGround.RESTRICTION_CONDITIONS_NOT_MET,
    Right.PORTABILITY: LegalGround.PORTABILITY_NOT_APPLICABLE,
    Right.OBJECTION: LegalGround.COMPELLING_LEGITIMATE_GROUNDS,
}

# (days before today it was received, target status) — every status, a few overdue.
_PLAN: list[tuple[int, Status]] = [
    (1, Status.RECEIVED),
    (2, Status.RECEIVED),
    (4, Status.AWAITING_IDENTIFICATION),
    (6, Status.IN_PROGRESS),
    (9, Status.RECEIVED),
    (12, Status.IN_PROGRESS),
    (15, Status.AWAITING_IDENTIFICATION),
    (20, Status.IN_PROGRESS),
    (24, Status.IN_PROGRESS),  # due soon
    (26, Status.RECEIVED),  # due soon, nothing decided
    (28, Status.IN_PROGRESS),  # due soon
    (29, Status.AWAITING_IDENTIFICATION),
    (33, Status.IN_PROGRESS),  # overdue
    (38, Status.RECEIVED),  # overdue
    (45, Status.EXTENDED),
    (50, Status.EXTENDED),
    (70, Status.EXTENDED),
    (85, Status.EXTENDED),  # extended, due soon
    (100, Status.IN_PROGRESS),  # long overdue
    (14, Status.ANSWERED),
    (22, Status.ANSWERED),
    (35, Status.ANSWERED),
    (60, Status.ANSWERED),
    (40, Status.CLOSED),
    (75, Status.CLOSED),
    (120, Status.CLOSED),
    (150, Status.CLOSED),
    (200, Status.CLOSED),
    (250, Status.CLOSED),
    (300, Status.CLOSED),
    (330, Status.CLOSED),
    (18, Status.REFUSED),
    (90, Status.REFUSED),
    (10, Status.WITHDRAWN),
    (130, Status.WITHDRAWN),
    (3, Status.IN_PROGRESS),
    (7, Status.RECEIVED),
    (16, Status.IN_PROGRESS),
    (55, Status.ANSWERED),
    (365, Status.CLOSED),
]


def fill_demo(services: Services, *, seed: int = 2026) -> int:
    """Add the sample cases to a register; returns how many were added."""
    _fill_demo_letterhead(services)
    rng = random.Random(seed)
    real_now = services.ctx.now
    today = services.ctx.today()
    rights_pool = list(Right)
    try:
        # Oldest first, so references run in the order the requests came in.
        plan = sorted(_PLAN, key=lambda step: -step[0])
        for index, (age, target) in enumerate(plan):
            name, address, language = _PEOPLE[index % len(_PEOPLE)]
            received = today - timedelta(days=age)
            # Each step happens on a plausible day, so the timeline reads like real work.
            _set_clock(services, received)
            count = 1 if rng.random() < 0.6 else rng.randint(2, 3)
            rights = rng.sample(rights_pool, count)
            email = name.lower().replace(" ", ".").replace("'", "")
            email = (
                email.translate(str.maketrans("éèëïöüçàâôîûñú", "eeeioucaaoiunu")) + "@example.be"
            )
            relationship = rng.choice(list(Relationship))
            representative = "Mr. Karel Verstraete, advocaat" if index % 13 == 5 else ""
            record = services.cases.register(
                NewRequest(
                    requester=Requester(
                        name=name,
                        address=address,
                        email=email,
                        phone="+32 4{} {} {} {}".format(*(rng.randint(10, 99) for _ in range(4))),
                        language=language,
                        relationship=relationship,
                        representative=representative,
                        representative_address=(
                            "Kortrijksesteenweg 1024\n9051 Gent" if representative else ""
                        ),
                    ),
                    channel=rng.choice(
                        [
                            Channel.EMAIL,
                            Channel.EMAIL,
                            Channel.POST,
                            Channel.CONTACT_FORM,
                            Channel.TICKET,
                        ]
                    ),
                    received=received,
                    letter_date=received - timedelta(days=rng.randint(0, 3)),
                    rights=[RightRequest(right=r, words=_WORDS[r]) for r in rights],
                )
            )
            if representative:
                # The lawyer's authorisation came with the request (a checked item).
                services.identity.record_checks(
                    record.id, {IdentityCheck.MANDATE: CheckResult.PASSED}
                )
            if record.channel is Channel.POST:
                # The signed letter that came by post, as the officer scanned it.
                services.attachments.add(
                    record.id,
                    "verzoek-ondertekend.pdf",
                    _scanned_request(name, address, record.letter_date or received, rights),
                    AttachmentRole.SIGNED_REQUEST,
                )
            _advance(services, record.id, target, received, rights, today, rng, language)
    finally:
        services.ctx.now = real_now
    return len(_PLAN)


def _fill_demo_letterhead(services: Services) -> None:
    """A sample register's letters must be issuable: a Belgian company's letters name its legal
    form, enterprise number and RPR (art. 2:20 WVV). The number is a made-up valid one."""
    settings = services.settings.get()
    if settings.enterprise_number.strip():
        return
    services.settings.save(
        replace(
            settings,
            legal_form=settings.legal_form or "BV",
            enterprise_number="0123.456.749",
            legal_entities_register=settings.legal_entities_register
            or "RPR Gent, afdeling Kortrijk",
            legal_entities_register_fr=settings.legal_entities_register_fr
            or "RPM Gand, division Courtrai",
            legal_entities_register_en=settings.legal_entities_register_en
            or "RLE Ghent, Kortrijk division",
        )
    )
    services.reload_settings()


_OUTCOME_NOTES: dict[Language, dict[str, str]] = {
    Language.NL: {
        "excessive": "Derde identiek verzoek dit jaar",
        "no_automated_decision": "Geen geautomatiseerde besluitvorming",
    },
    Language.FR: {
        "excessive": "Troisième demande identique cette année",
        "no_automated_decision": "Aucune prise de décision automatisée",
    },
    Language.EN: {
        "excessive": "Third identical request this year",
        "no_automated_decision": "No automated decision-making",
    },
}


def _set_clock(services: Services, day: date) -> None:
    moment = datetime.combine(day, time(10, 0)).astimezone(UTC)
    services.ctx.now = lambda: moment


def _advance(
    services: Services,
    case_id: int,
    target: Status,
    received: date,
    rights: list[Right],
    today: date,
    rng: random.Random,
    language: Language,
) -> None:
    cases = services.cases
    # An outcome's note is quoted in the answer, so it is written in the requester's language.
    notes = _OUTCOME_NOTES[language]
    if target is Status.RECEIVED:
        return
    if target is Status.AWAITING_IDENTIFICATION:
        _set_clock(services, min(today, received + timedelta(days=1)))
        cases.change_status(
            case_id, Status.AWAITING_IDENTIFICATION, note="Kopie identiteitskaart gevraagd"
        )
        return
    if target is Status.WITHDRAWN:
        _set_clock(services, min(today, received + timedelta(days=3)))
        cases.change_status(case_id, Status.WITHDRAWN, note="Verzoek ingetrokken per e-mail")
        if received + timedelta(days=60) < today:
            cases.change_status(case_id, Status.CLOSED)
        return
    if target is Status.REFUSED:
        _set_clock(services, min(today, received + timedelta(days=8)))
        for position in range(len(rights)):
            cases.record_outcome(
                case_id,
                position,
                Outcome.REFUSED,
                LegalGround.EXCESSIVE,
                notes["excessive"],
            )
        cases.change_status(case_id, Status.REFUSED, note="Buitensporig verzoek (art. 12(5))")
        _issue(services, case_id, LetterKind.OUTCOME)
        return
    _set_clock(services, min(today, received + timedelta(days=2)))
    if rng.random() < 0.5:
        services.identity.waive(
            case_id, "Bekende klant, schrijft vanaf het e-mailadres in ons bestand"
        )
    else:
        _verify_by_id_copy(services, case_id, rng)
    cases.change_status(case_id, Status.IN_PROGRESS)
    _issue(services, case_id, LetterKind.ACKNOWLEDGEMENT)
    if target is Status.IN_PROGRESS:
        return
    if target is Status.EXTENDED:
        _set_clock(services, min(today, received + timedelta(days=20)))
        cases.extend(
            case_id,
            "Het verzoek betreft gegevens in verschillende systemen (PUNCH HD, CRM, "
            "boekhouding) en valt samen met een groot aantal andere verzoeken.",
        )
        return
    answer_day = min(today, received + timedelta(days=rng.randint(10, 27)))
    _set_clock(services, answer_day)
    for position, right in enumerate(rights):
        if right in _GROUND_FOR and rng.random() < 0.3:
            cases.record_outcome(case_id, position, Outcome.REFUSED, _GROUND_FOR[right], "")
        elif right is Right.AUTOMATED_DECISION:
            cases.record_outcome(
                case_id,
                position,
                Outcome.NOT_APPLICABLE,
                None,
                notes["no_automated_decision"],
            )
        else:
            cases.record_outcome(case_id, position, Outcome.GRANTED, None, "")
        if right in (Right.RECTIFICATION, Right.ERASURE):
            cases.add_recipient_notice(
                case_id, "Boekhoudkantoor Vandamme bv (verwerker)", answer_day, "e-mail"
            )
    cases.change_status(case_id, Status.ANSWERED)
    _issue(services, case_id, LetterKind.OUTCOME)
    if target is Status.CLOSED:
        _set_clock(services, min(today, answer_day + timedelta(days=14)))
        cases.change_status(case_id, Status.CLOSED)


def _verify_by_id_copy(services: Services, case_id: int, rng: random.Random) -> None:
    """The officer reads a recto-verso eID copy, records the checks, and verifies."""
    case = services.cases.get(case_id)
    base = rng.randint(100_000_000, 999_999_999)
    digits = f"{base:010d}{base % 97 or 97:02d}"
    fields = IdCopyFields(
        name=case.requester.name,
        card_number=f"{digits[:3]}-{digits[3:10]}-{digits[10:]}",
        expiry=case.received + timedelta(days=rng.randint(200, 3000)),
        recto_present=True,
        verso_present=True,
    )
    services.identity.record_checks(
        case_id, services.identity.evaluate(case_id, fields), fields=fields
    )
    services.identity.mark_verified(
        case_id, IdentityMethod.ID_COPY, "Recto-verso kopie eID gecontroleerd"
    )


def _issue(services: Services, case_id: int, kind: LetterKind) -> None:
    """The letter the officer sent at this step, in the requester's language."""
    services.letters.issue(services.letters.draft(case_id, kind))


def _scanned_request(name: str, address: str, dated: date, rights: list[Right]) -> bytes:
    """A one-page PDF standing in for the scan of a signed request."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    page = Canvas(buffer, pagesize=A4)
    text = page.beginText(72, 760)
    text.setFont("Helvetica", 11)
    for line in [
        name,
        *address.splitlines(),
        "",
        f"{dated:%d/%m/%Y}",  # the date the case records for the letter
        "",
        "Betreft: mijn persoonsgegevens",
        "",
        *(_WORDS[right] for right in rights),
        "",
        "Ik voeg een kopie van mijn identiteitskaart (voor- en achterzijde) bij.",
        "",
        "Handtekening:",
    ]:
        text.textLine(line)
    page.drawText(text)
    page.line(72, 560, 240, 575)  # the signature
    page.showPage()
    page.save()
    return buffer.getvalue()
