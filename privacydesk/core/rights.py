"""The data-subject rights a request can invoke, their outcomes and the grounds for refusing them.

Labels here are the register's own (Dutch first, as the officer reads them); the wording
that goes into a letter lives in the letter templates under ``resources/letters``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from privacydesk.core.errors import UserFacingError
from privacydesk.core.messages import LowerLabel


class Right(StrEnum):
    """A right of the GDPR (SPEC §2). One request can invoke several."""

    ACCESS = "access"
    RECTIFICATION = "rectification"
    ERASURE = "erasure"
    RESTRICTION = "restriction"
    PORTABILITY = "portability"
    OBJECTION = "objection"
    OBJECTION_DIRECT_MARKETING = "objection_direct_marketing"
    AUTOMATED_DECISION = "automated_decision"
    WITHDRAW_CONSENT = "withdraw_consent"


@dataclass(frozen=True)
class RightInfo:
    article: str
    seed_section: str
    label_nl: str
    label_en: str


RIGHT_INFO: dict[Right, RightInfo] = {
    Right.ACCESS: RightInfo("Art. 15", "6.1", "Recht op inzage", "Right of access"),
    Right.RECTIFICATION: RightInfo(
        "Art. 16", "6.2", "Recht op verbetering", "Right to rectification"
    ),
    Right.ERASURE: RightInfo("Art. 17", "6.3", "Recht op gegevenswissing", "Right to erasure"),
    Right.RESTRICTION: RightInfo(
        "Art. 18", "6.4", "Recht op beperking van de verwerking", "Right to restriction"
    ),
    Right.PORTABILITY: RightInfo(
        "Art. 20", "6.5", "Recht op overdraagbaarheid", "Right to data portability"
    ),
    Right.OBJECTION: RightInfo("Art. 21(1)", "6.6", "Recht van bezwaar", "Right to object"),
    Right.OBJECTION_DIRECT_MARKETING: RightInfo(
        "Art. 21(2)-(3)",
        "3.2, 6.6",
        "Bezwaar tegen direct marketing (prospectie)",
        "Objection to direct marketing",
    ),
    Right.AUTOMATED_DECISION: RightInfo(
        "Art. 22",
        "6.7",
        "Geautomatiseerde besluitvorming",
        "Automated individual decision-making",
    ),
    Right.WITHDRAW_CONSENT: RightInfo(
        "Art. 7(3)", "6.8", "Toestemming intrekken", "Withdrawal of consent"
    ),
}


class Outcome(StrEnum):
    """What the officer decided on one right of a case."""

    PENDING = "pending"
    GRANTED = "granted"
    PARTLY_GRANTED = "partly_granted"
    REFUSED = "refused"
    NOT_APPLICABLE = "not_applicable"
    # "We process no personal data about you": an answer of its own, not a refusal.
    NO_DATA = "no_data"

    @property
    def needs_ground(self) -> bool:
        """A refusal, whole or partial, must name its legal ground."""
        return self in (Outcome.REFUSED, Outcome.PARTLY_GRANTED)


OUTCOME_LABEL_NL: dict[Outcome, str] = {
    Outcome.PENDING: "Nog te beslissen",
    Outcome.GRANTED: "Ingewilligd",
    Outcome.PARTLY_GRANTED: "Gedeeltelijk ingewilligd",
    Outcome.REFUSED: "Geweigerd",
    Outcome.NOT_APPLICABLE: "Niet van toepassing",
    Outcome.NO_DATA: "Geen persoonsgegevens verwerkt",
}


class LegalGround(StrEnum):
    """Grounds for refusing (part of) a right, as the officer picks them from a list."""

    MANIFESTLY_UNFOUNDED = "art_12_5_unfounded"
    EXCESSIVE = "art_12_5_excessive"
    IDENTITY_NOT_ESTABLISHED = "art_12_6_identity"
    NOT_IDENTIFIABLE = "art_11_2_not_identifiable"
    RIGHTS_OF_OTHERS = "art_15_4_rights_of_others"
    DATA_ACCURATE = "art_16_accurate"
    FREEDOM_OF_EXPRESSION = "art_17_3_a_expression"
    LEGAL_OBLIGATION = "art_17_3_b_legal_obligation"
    PUBLIC_HEALTH = "art_17_3_c_public_health"
    ARCHIVING_RESEARCH = "art_17_3_d_archiving"
    LEGAL_CLAIMS = "art_17_3_e_legal_claims"
    RESTRICTION_CONDITIONS_NOT_MET = "art_18_1_conditions"
    RESTRICTED_DATA_STILL_USED = "art_18_2_exceptions"
    PORTABILITY_NOT_APPLICABLE = "art_20_1_not_applicable"
    PORTABILITY_RIGHTS_OF_OTHERS = "art_20_4_rights_of_others"
    COMPELLING_LEGITIMATE_GROUNDS = "art_21_1_compelling_grounds"
    OBJECTION_LEGAL_CLAIMS = "art_21_1_legal_claims"
    AUTOMATED_CONTRACT = "art_22_2_a_contract"
    AUTOMATED_AUTHORISED_BY_LAW = "art_22_2_b_law"
    AUTOMATED_EXPLICIT_CONSENT = "art_22_2_c_consent"
    STATUTORY_RESTRICTION = "art_23_belgian_law"
    # Kept so older registers still read; "no personal data processed" is now its own
    # outcome (Outcome.NO_DATA), never offered as a refusal.
    NO_DATA_PROCESSED = "no_data"


@dataclass(frozen=True)
class GroundInfo:
    article: str
    label_nl: str


GROUND_INFO: dict[LegalGround, GroundInfo] = {
    LegalGround.MANIFESTLY_UNFOUNDED: GroundInfo("Art. 12(5)", "Kennelijk ongegrond verzoek"),
    LegalGround.EXCESSIVE: GroundInfo("Art. 12(5)", "Buitensporig verzoek (o.a. repetitief)"),
    LegalGround.IDENTITY_NOT_ESTABLISHED: GroundInfo("Art. 12(6)", "Identiteit niet vastgesteld"),
    LegalGround.NOT_IDENTIFIABLE: GroundInfo("Art. 11(2)", "Betrokkene niet identificeerbaar"),
    LegalGround.RIGHTS_OF_OTHERS: GroundInfo(
        "Art. 15(4)", "Afbreuk aan de rechten en vrijheden van anderen"
    ),
    LegalGround.DATA_ACCURATE: GroundInfo("Art. 16", "Gegevens zijn juist en volledig"),
    LegalGround.FREEDOM_OF_EXPRESSION: GroundInfo(
        "Art. 17(3)(a)", "Vrijheid van meningsuiting en informatie"
    ),
    LegalGround.LEGAL_OBLIGATION: GroundInfo(
        "Art. 17(3)(b)", "Wettelijke verplichting of taak van algemeen belang"
    ),
    LegalGround.PUBLIC_HEALTH: GroundInfo(
        "Art. 17(3)(c)", "Algemeen belang op het gebied van volksgezondheid"
    ),
    LegalGround.ARCHIVING_RESEARCH: GroundInfo(
        "Art. 17(3)(d)",
        "Archivering in het algemeen belang, wetenschappelijk of historisch onderzoek",
    ),
    LegalGround.LEGAL_CLAIMS: GroundInfo(
        "Art. 17(3)(e)", "Instelling, uitoefening of onderbouwing van een rechtsvordering"
    ),
    LegalGround.RESTRICTION_CONDITIONS_NOT_MET: GroundInfo(
        "Art. 18(1)", "Geen van de voorwaarden voor beperking is vervuld"
    ),
    LegalGround.RESTRICTED_DATA_STILL_USED: GroundInfo(
        "Art. 18(2)",
        "Verdere verwerking voor een rechtsvordering, de rechten van een ander of een "
        "gewichtig algemeen belang",
    ),
    LegalGround.PORTABILITY_NOT_APPLICABLE: GroundInfo(
        "Art. 20(1)",
        "Verwerking niet gebaseerd op toestemming of overeenkomst, of niet geautomatiseerd",
    ),
    LegalGround.PORTABILITY_RIGHTS_OF_OTHERS: GroundInfo(
        "Art. 20(4)", "Afbreuk aan de rechten en vrijheden van anderen"
    ),
    LegalGround.COMPELLING_LEGITIMATE_GROUNDS: GroundInfo(
        "Art. 21(1)", "Dwingende gerechtvaardigde gronden die zwaarder wegen"
    ),
    LegalGround.OBJECTION_LEGAL_CLAIMS: GroundInfo(
        "Art. 21(1)", "Instelling, uitoefening of onderbouwing van een rechtsvordering"
    ),
    LegalGround.AUTOMATED_CONTRACT: GroundInfo(
        "Art. 22(2)(a)", "Noodzakelijk voor het sluiten of uitvoeren van een overeenkomst"
    ),
    LegalGround.AUTOMATED_AUTHORISED_BY_LAW: GroundInfo(
        "Art. 22(2)(b)", "Toegestaan bij wet, met passende waarborgen"
    ),
    LegalGround.AUTOMATED_EXPLICIT_CONSENT: GroundInfo(
        "Art. 22(2)(c)", "Uitdrukkelijke toestemming van de betrokkene"
    ),
    LegalGround.STATUTORY_RESTRICTION: GroundInfo(
        "Art. 23", "Wettelijke beperking (wet van 30 juli 2018)"
    ),
    LegalGround.NO_DATA_PROCESSED: GroundInfo(
        "Art. 15(1)", "Geen persoonsgegevens van de betrokkene verwerkt"
    ),
}

# Grounds that concern the request itself (abuse, identity) and so fit every right.
_ABOUT_THE_REQUEST = (
    LegalGround.MANIFESTLY_UNFOUNDED,
    LegalGround.EXCESSIVE,
    LegalGround.IDENTITY_NOT_ESTABLISHED,
    LegalGround.NOT_IDENTIFIABLE,
)

# The one table of the legal grounds that can stand against each right (GDPR Art. 12(5),
# 11(2), 12(6), 15(4), 16, 17(3), 18, 20, 21(1), 22(2), and Art. 23 with the Belgian law of
# 30 July 2018). An objection to direct marketing and a withdrawal of consent are absolute:
# only the grounds about the request itself can stand against them (Art. 21(3), 7(3)).
GROUNDS_BY_RIGHT: dict[Right, tuple[LegalGround, ...]] = {
    Right.ACCESS: (
        *_ABOUT_THE_REQUEST,
        LegalGround.RIGHTS_OF_OTHERS,
        LegalGround.STATUTORY_RESTRICTION,
    ),
    Right.RECTIFICATION: (
        *_ABOUT_THE_REQUEST,
        LegalGround.DATA_ACCURATE,
        LegalGround.STATUTORY_RESTRICTION,
    ),
    Right.ERASURE: (
        *_ABOUT_THE_REQUEST,
        LegalGround.FREEDOM_OF_EXPRESSION,
        LegalGround.LEGAL_OBLIGATION,
        LegalGround.PUBLIC_HEALTH,
        LegalGround.ARCHIVING_RESEARCH,
        LegalGround.LEGAL_CLAIMS,
        LegalGround.STATUTORY_RESTRICTION,
    ),
    Right.RESTRICTION: (
        *_ABOUT_THE_REQUEST,
        LegalGround.RESTRICTION_CONDITIONS_NOT_MET,
        LegalGround.RESTRICTED_DATA_STILL_USED,
        LegalGround.STATUTORY_RESTRICTION,
    ),
    Right.PORTABILITY: (
        *_ABOUT_THE_REQUEST,
        LegalGround.PORTABILITY_NOT_APPLICABLE,
        LegalGround.PORTABILITY_RIGHTS_OF_OTHERS,
        LegalGround.STATUTORY_RESTRICTION,
    ),
    Right.OBJECTION: (
        *_ABOUT_THE_REQUEST,
        LegalGround.COMPELLING_LEGITIMATE_GROUNDS,
        LegalGround.OBJECTION_LEGAL_CLAIMS,
        LegalGround.STATUTORY_RESTRICTION,
    ),
    Right.OBJECTION_DIRECT_MARKETING: _ABOUT_THE_REQUEST,
    Right.AUTOMATED_DECISION: (
        *_ABOUT_THE_REQUEST,
        LegalGround.AUTOMATED_CONTRACT,
        LegalGround.AUTOMATED_AUTHORISED_BY_LAW,
        LegalGround.AUTOMATED_EXPLICIT_CONSENT,
        LegalGround.STATUTORY_RESTRICTION,
    ),
    Right.WITHDRAW_CONSENT: _ABOUT_THE_REQUEST,
}


# Art. 12(4): the grounds on which a controller takes no action on a request at all.
NO_ACTION_GROUNDS: tuple[LegalGround, ...] = (
    *_ABOUT_THE_REQUEST,
    LegalGround.STATUTORY_RESTRICTION,
)


def grounds_for(right: Right) -> list[LegalGround]:
    """The refusal grounds the officer may choose for this right (and only those)."""
    return list(GROUNDS_BY_RIGHT[right])


class OutcomeError(UserFacingError, ValueError):
    """An outcome that the law or the register does not allow."""


def check_outcome(right: Right, outcome: Outcome, ground: LegalGround | None) -> None:
    """Refuse an outcome that is incomplete or contradicts the right's rules."""
    if outcome.needs_ground:
        if ground is None:
            raise OutcomeError("Een weigering moet een rechtsgrond vermelden.")
        if ground not in grounds_for(right):
            raise OutcomeError(
                "De rechtsgrond {article} past niet bij {right}.",
                article=GROUND_INFO[ground].article,
                right=LowerLabel(RIGHT_INFO[right].label_nl),
            )
    elif ground is not None:
        raise OutcomeError("Alleen een (gedeeltelijke) weigering heeft een rechtsgrond.")


# Outcomes that say personal data about the person is processed (it is given, rectified,
# erased, restricted in whole or in part).
_ABOUT_DATA_HELD = frozenset({Outcome.GRANTED, Outcome.PARTLY_GRANTED})


def check_outcomes_agree(outcomes: Iterable[tuple[Right, Outcome]]) -> None:
    """Refuse an answer that says both that no personal data about the person is processed
    and that a right to such data is (partly) granted: the letter would state both."""
    decided = list(outcomes)
    none = next((right for right, outcome in decided if outcome is Outcome.NO_DATA), None)
    held = next((right for right, outcome in decided if outcome in _ABOUT_DATA_HELD), None)
    if none is not None and held is not None:
        raise OutcomeError(
            "Het antwoord spreekt zichzelf tegen: bij {none} staat dat wij geen "
            "persoonsgegevens over de betrokkene verwerken, maar {held} werd (gedeeltelijk) "
            "ingewilligd. Pas een van beide uitkomsten aan.",
            none=LowerLabel(RIGHT_INFO[none].label_nl),
            held=LowerLabel(RIGHT_INFO[held].label_nl),
        )
