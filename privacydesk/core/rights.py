"""The data-subject rights a request can invoke, their outcomes and the grounds for refusing them.

Labels here are the register's own (Dutch first, as the officer reads them); the wording
that goes into a letter lives in the letter templates under ``resources/letters``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from privacydesk.core.errors import UserFacingError


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
    PORTABILITY_NOT_APPLICABLE = "art_20_1_not_applicable"
    COMPELLING_LEGITIMATE_GROUNDS = "art_21_1_compelling_grounds"
    NO_DATA_PROCESSED = "no_data"


@dataclass(frozen=True)
class GroundInfo:
    article: str
    label_nl: str
    rights: frozenset[Right] | None = None  # None: the ground fits every right


GROUND_INFO: dict[LegalGround, GroundInfo] = {
    LegalGround.MANIFESTLY_UNFOUNDED: GroundInfo("Art. 12(5)", "Kennelijk ongegrond verzoek"),
    LegalGround.EXCESSIVE: GroundInfo("Art. 12(5)", "Buitensporig verzoek (o.a. repetitief)"),
    LegalGround.IDENTITY_NOT_ESTABLISHED: GroundInfo("Art. 12(6)", "Identiteit niet vastgesteld"),
    LegalGround.NOT_IDENTIFIABLE: GroundInfo("Art. 11(2)", "Betrokkene niet identificeerbaar"),
    LegalGround.RIGHTS_OF_OTHERS: GroundInfo(
        "Art. 15(4)",
        "Afbreuk aan de rechten en vrijheden van anderen",
        frozenset({Right.ACCESS, Right.PORTABILITY}),
    ),
    LegalGround.DATA_ACCURATE: GroundInfo(
        "Art. 16", "Gegevens zijn juist en volledig", frozenset({Right.RECTIFICATION})
    ),
    LegalGround.FREEDOM_OF_EXPRESSION: GroundInfo(
        "Art. 17(3)(a)",
        "Vrijheid van meningsuiting en informatie",
        frozenset({Right.ERASURE}),
    ),
    LegalGround.LEGAL_OBLIGATION: GroundInfo(
        "Art. 17(3)(b)",
        "Wettelijke verplichting of taak van algemeen belang",
        frozenset({Right.ERASURE}),
    ),
    LegalGround.PUBLIC_HEALTH: GroundInfo(
        "Art. 17(3)(c)",
        "Algemeen belang op het gebied van volksgezondheid",
        frozenset({Right.ERASURE}),
    ),
    LegalGround.ARCHIVING_RESEARCH: GroundInfo(
        "Art. 17(3)(d)",
        "Archivering in het algemeen belang, wetenschappelijk of historisch onderzoek",
        frozenset({Right.ERASURE}),
    ),
    LegalGround.LEGAL_CLAIMS: GroundInfo(
        "Art. 17(3)(e)",
        "Instelling, uitoefening of onderbouwing van een rechtsvordering",
        frozenset({Right.ERASURE, Right.OBJECTION}),
    ),
    LegalGround.RESTRICTION_CONDITIONS_NOT_MET: GroundInfo(
        "Art. 18(1)",
        "Geen van de voorwaarden voor beperking is vervuld",
        frozenset({Right.RESTRICTION}),
    ),
    LegalGround.PORTABILITY_NOT_APPLICABLE: GroundInfo(
        "Art. 20(1)",
        "Verwerking niet gebaseerd op toestemming of overeenkomst, of niet geautomatiseerd",
        frozenset({Right.PORTABILITY}),
    ),
    LegalGround.COMPELLING_LEGITIMATE_GROUNDS: GroundInfo(
        "Art. 21(1)",
        "Dwingende gerechtvaardigde gronden die zwaarder wegen",
        frozenset({Right.OBJECTION}),
    ),
    LegalGround.NO_DATA_PROCESSED: GroundInfo(
        "Art. 15(1)", "Geen persoonsgegevens van de betrokkene verwerkt"
    ),
}


def grounds_for(right: Right) -> list[LegalGround]:
    """The refusal grounds the officer may choose for this right.

    An objection to direct marketing is absolute (Art. 21(3)): only the grounds that
    concern the request itself (identity, abuse) can stand against it.
    """
    if right is Right.OBJECTION_DIRECT_MARKETING:
        return [
            LegalGround.MANIFESTLY_UNFOUNDED,
            LegalGround.EXCESSIVE,
            LegalGround.IDENTITY_NOT_ESTABLISHED,
            LegalGround.NOT_IDENTIFIABLE,
            LegalGround.NO_DATA_PROCESSED,
        ]
    return [g for g, info in GROUND_INFO.items() if info.rights is None or right in info.rights]


class OutcomeError(UserFacingError, ValueError):
    """An outcome that the law or the register does not allow."""


def check_outcome(right: Right, outcome: Outcome, ground: LegalGround | None) -> None:
    """Refuse an outcome that is incomplete or contradicts the right's rules."""
    if outcome.needs_ground:
        if ground is None:
            raise OutcomeError("Een weigering moet een rechtsgrond vermelden.")
        if ground not in grounds_for(right):
            raise OutcomeError(
                f"De rechtsgrond {GROUND_INFO[ground].article} past niet bij "
                f"{RIGHT_INFO[right].label_nl.lower()}."
            )
    elif ground is not None:
        raise OutcomeError("Alleen een (gedeeltelijke) weigering heeft een rechtsgrond.")
