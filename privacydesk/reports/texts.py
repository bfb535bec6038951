"""The yearly report's wording in Dutch, French and English.

The report goes to management (and may be shown to the GBA/APD): each language has its
own sentences, not a translation made on the fly.
"""

from __future__ import annotations

from privacydesk.core.case import Channel
from privacydesk.core.inquiries import InquiryKind
from privacydesk.core.report import OutcomeGroup, Settlement
from privacydesk.core.rights import GROUND_INFO, LegalGround, Right

LANGUAGES = ("nl", "fr", "en")

MONTHS = {
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "fr": [
        "janv",
        "févr",
        "mars",
        "avr",
        "mai",
        "juin",
        "juil",
        "août",
        "sept",
        "oct",
        "nov",
        "déc",
    ],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}

RIGHTS: dict[str, dict[Right, str]] = {
    "nl": {
        Right.ACCESS: "Inzage (art. 15)",
        Right.RECTIFICATION: "Verbetering (art. 16)",
        Right.ERASURE: "Wissing (art. 17)",
        Right.RESTRICTION: "Beperking (art. 18)",
        Right.PORTABILITY: "Overdraagbaarheid (art. 20)",
        Right.OBJECTION: "Bezwaar (art. 21(1))",
        Right.OBJECTION_DIRECT_MARKETING: "Bezwaar direct marketing (art. 21(2))",
        Right.AUTOMATED_DECISION: "Geautomatiseerd besluit (art. 22)",
        Right.WITHDRAW_CONSENT: "Toestemming intrekken (art. 7(3))",
    },
    "fr": {
        Right.ACCESS: "Accès (art. 15)",
        Right.RECTIFICATION: "Rectification (art. 16)",
        Right.ERASURE: "Effacement (art. 17)",
        Right.RESTRICTION: "Limitation (art. 18)",
        Right.PORTABILITY: "Portabilité (art. 20)",
        Right.OBJECTION: "Opposition (art. 21(1))",
        Right.OBJECTION_DIRECT_MARKETING: "Opposition prospection (art. 21(2))",
        Right.AUTOMATED_DECISION: "Décision automatisée (art. 22)",
        Right.WITHDRAW_CONSENT: "Retrait du consentement (art. 7(3))",
    },
    "en": {
        Right.ACCESS: "Access (Art. 15)",
        Right.RECTIFICATION: "Rectification (Art. 16)",
        Right.ERASURE: "Erasure (Art. 17)",
        Right.RESTRICTION: "Restriction (Art. 18)",
        Right.PORTABILITY: "Portability (Art. 20)",
        Right.OBJECTION: "Objection (Art. 21(1))",
        Right.OBJECTION_DIRECT_MARKETING: "Objection to direct marketing (Art. 21(2))",
        Right.AUTOMATED_DECISION: "Automated decision (Art. 22)",
        Right.WITHDRAW_CONSENT: "Consent withdrawn (Art. 7(3))",
    },
}

CHANNELS: dict[str, dict[Channel, str]] = {
    "nl": {
        Channel.POST: "Post",
        Channel.EMAIL: "E-mail",
        Channel.TICKET: "Ticket",
        Channel.CONTACT_FORM: "Contactformulier",
        Channel.PHONE: "Telefoon",
        Channel.IN_PERSON: "Persoonlijk",
    },
    "fr": {
        Channel.POST: "Courrier",
        Channel.EMAIL: "E-mail",
        Channel.TICKET: "Ticket",
        Channel.CONTACT_FORM: "Formulaire de contact",
        Channel.PHONE: "Téléphone",
        Channel.IN_PERSON: "En personne",
    },
    "en": {
        Channel.POST: "Post",
        Channel.EMAIL: "E-mail",
        Channel.TICKET: "Ticket",
        Channel.CONTACT_FORM: "Contact form",
        Channel.PHONE: "Phone",
        Channel.IN_PERSON: "In person",
    },
}

OUTCOMES: dict[str, dict[OutcomeGroup, str]] = {
    "nl": {
        OutcomeGroup.GRANTED: "Ingewilligd",
        OutcomeGroup.PARTLY_GRANTED: "Deels",
        OutcomeGroup.REFUSED: "Geweigerd",
        OutcomeGroup.NO_DATA: "Geen gegevens",
        OutcomeGroup.NOT_APPLICABLE: "N.v.t.",
        OutcomeGroup.WITHDRAWN: "Ingetrokken",
        OutcomeGroup.PENDING: "Lopend",
    },
    "fr": {
        OutcomeGroup.GRANTED: "Accordé",
        OutcomeGroup.PARTLY_GRANTED: "Partiel",
        OutcomeGroup.REFUSED: "Refusé",
        OutcomeGroup.NO_DATA: "Pas de données",
        OutcomeGroup.NOT_APPLICABLE: "S.o.",
        OutcomeGroup.WITHDRAWN: "Retiré",
        OutcomeGroup.PENDING: "En cours",
    },
    "en": {
        OutcomeGroup.GRANTED: "Granted",
        OutcomeGroup.PARTLY_GRANTED: "Partly",
        OutcomeGroup.REFUSED: "Refused",
        OutcomeGroup.NO_DATA: "No data",
        OutcomeGroup.NOT_APPLICABLE: "N/a",
        OutcomeGroup.WITHDRAWN: "Withdrawn",
        OutcomeGroup.PENDING: "Pending",
    },
}

SETTLEMENTS: dict[str, dict[Settlement, str]] = {
    "nl": {
        Settlement.KNOWN_CUSTOMER: "Bekende klant (adres in ons bestand)",
        Settlement.DIGITAL_SIGNATURE: "Digitaal ondertekend (eID)",
        Settlement.ID_COPY: "Kopie identiteitsdocument",
        Settlement.IN_PERSON: "Persoonlijk",
        Settlement.OTHER: "Andere",
        Settlement.WAIVED: "Controle overgeslagen (met reden)",
        Settlement.FAILED: "Niet vastgesteld",
        Settlement.UNSETTLED: "Nog niet beslist",
    },
    "fr": {
        Settlement.KNOWN_CUSTOMER: "Client connu (adresse dans nos fichiers)",
        Settlement.DIGITAL_SIGNATURE: "Signature électronique (eID)",
        Settlement.ID_COPY: "Copie du document d'identité",
        Settlement.IN_PERSON: "En personne",
        Settlement.OTHER: "Autre",
        Settlement.WAIVED: "Contrôle omis (motivé)",
        Settlement.FAILED: "Non établie",
        Settlement.UNSETTLED: "Pas encore décidé",
    },
    "en": {
        Settlement.KNOWN_CUSTOMER: "Known customer (address on file)",
        Settlement.DIGITAL_SIGNATURE: "Digitally signed (eID)",
        Settlement.ID_COPY: "Copy of identity document",
        Settlement.IN_PERSON: "In person",
        Settlement.OTHER: "Other",
        Settlement.WAIVED: "Check waived (with a reason)",
        Settlement.FAILED: "Not established",
        Settlement.UNSETTLED: "Not yet decided",
    },
}

INQUIRIES: dict[str, dict[InquiryKind, str]] = {
    "nl": {
        InquiryKind.GBA_COMPLAINT: "Klacht via de GBA",
        InquiryKind.GBA_INFORMATION: "Informatievraag van de GBA",
        InquiryKind.COURT: "Vraag van een rechtbank",
    },
    "fr": {
        InquiryKind.GBA_COMPLAINT: "Plainte via l'APD",
        InquiryKind.GBA_INFORMATION: "Demande d'information de l'APD",
        InquiryKind.COURT: "Question d'un tribunal",
    },
    "en": {
        InquiryKind.GBA_COMPLAINT: "Complaint through the DPA (GBA/APD)",
        InquiryKind.GBA_INFORMATION: "Information request from the DPA",
        InquiryKind.COURT: "Question from a court",
    },
}

_GROUNDS_FR: dict[LegalGround, str] = {
    LegalGround.MANIFESTLY_UNFOUNDED: "Demande manifestement infondée",
    LegalGround.EXCESSIVE: "Demande excessive",
    LegalGround.IDENTITY_NOT_ESTABLISHED: "Identité non établie",
    LegalGround.NOT_IDENTIFIABLE: "Personne non identifiable",
    LegalGround.RIGHTS_OF_OTHERS: "Droits et libertés d'autrui",
    LegalGround.DATA_ACCURATE: "Données exactes et complètes",
    LegalGround.FREEDOM_OF_EXPRESSION: "Liberté d'expression et d'information",
    LegalGround.LEGAL_OBLIGATION: "Obligation légale",
    LegalGround.PUBLIC_HEALTH: "Santé publique",
    LegalGround.ARCHIVING_RESEARCH: "Archivage, recherche",
    LegalGround.LEGAL_CLAIMS: "Droits en justice",
    LegalGround.RESTRICTION_CONDITIONS_NOT_MET: "Conditions de limitation non remplies",
    LegalGround.PORTABILITY_NOT_APPLICABLE: "Portabilité non applicable",
    LegalGround.COMPELLING_LEGITIMATE_GROUNDS: "Motifs légitimes impérieux",
    LegalGround.NO_DATA_PROCESSED: "Aucune donnée traitée",
}
_GROUNDS_EN: dict[LegalGround, str] = {
    LegalGround.MANIFESTLY_UNFOUNDED: "Manifestly unfounded request",
    LegalGround.EXCESSIVE: "Excessive request",
    LegalGround.IDENTITY_NOT_ESTABLISHED: "Identity not established",
    LegalGround.NOT_IDENTIFIABLE: "Person not identifiable",
    LegalGround.RIGHTS_OF_OTHERS: "Rights and freedoms of others",
    LegalGround.DATA_ACCURATE: "Data accurate and complete",
    LegalGround.FREEDOM_OF_EXPRESSION: "Freedom of expression and information",
    LegalGround.LEGAL_OBLIGATION: "Legal obligation",
    LegalGround.PUBLIC_HEALTH: "Public health",
    LegalGround.ARCHIVING_RESEARCH: "Archiving, research",
    LegalGround.LEGAL_CLAIMS: "Legal claims",
    LegalGround.RESTRICTION_CONDITIONS_NOT_MET: "Conditions for restriction not met",
    LegalGround.PORTABILITY_NOT_APPLICABLE: "Portability does not apply",
    LegalGround.COMPELLING_LEGITIMATE_GROUNDS: "Compelling legitimate grounds",
    LegalGround.NO_DATA_PROCESSED: "No data processed",
}


def ground_label(language: str, ground: LegalGround) -> str:
    info = GROUND_INFO[ground]
    label = {"fr": _GROUNDS_FR, "en": _GROUNDS_EN}.get(language, {}).get(ground, info.label_nl)
    article = info.article if language == "en" else info.article.replace("Art.", "art.")
    return f"{label} ({article})"


# Sentences and headings. {placeholders} are filled by the renderer.
TEXT: dict[str, dict[str, str]] = {
    "nl": {
        "title": "Jaarverslag verzoeken van betrokkenen {year}",
        "subtitle": "{controller} — opgesteld op {day}",
        "by": " door {officer}",
        "intro": (
            "Dit verslag geeft verantwoording over de verzoeken die betrokkenen in {year} "
            "richtten aan {controller} (art. 12–22 AVG), zoals de functionaris voor "
            "gegevensbescherming aan de leiding rapporteert (art. 38(3) en 39 AVG). Het bevat "
            "geen persoonsgegevens."
        ),
        "key": "Kerncijfers",
        "received": "Verzoeken ontvangen",
        "answered": "Beantwoord (van de verzoeken van {year})",
        "on_time": "Tijdig beantwoord",
        "late": "Laattijdig beantwoord",
        "median": "Mediaan dagen tot antwoord",
        "p90": "90e percentiel dagen tot antwoord",
        "extended": "Termijn verlengd",
        "open": "Nog open op {day} (alle jaren)",
        "months": "Verzoeken per maand",
        "per_right": "Per recht",
        "per_channel": "Per kanaal",
        "right": "Recht",
        "channel": "Kanaal",
        "count": "Aantal",
        "outcomes": "Uitkomst per recht",
        "grounds": "Weigeringen (geheel of gedeeltelijk) per rechtsgrond",
        "ground": "Rechtsgrond",
        "no_refusals": "Geen weigeringen.",
        "timing": "Antwoordtermijnen",
        "timing_text": (
            "Van de {answered} beantwoorde verzoeken van {year} vertrokken er {on_time} "
            "binnen de termijn en {late} te laat. Mediaan: {median} dagen; 90 % was "
            "beantwoord binnen {p90} dagen."
        ),
        "no_answers": "Geen enkel verzoek van {year} is al beantwoord.",
        "extensions": "Verlengingen en hun redenen",
        "extensions_text": (
            "De termijn werd {count} keer met twee maanden verlengd (art. 12(3) AVG)."
        ),
        "reason": "Reden",
        "reason_removed": "(gewist met het dossier na de bewaartermijn)",
        "identity": "Identificatie",
        "identity_text": (
            "Bij {requested} verzoeken werd bijkomende informatie gevraagd om de persoon te "
            "identificeren (art. 12(6) AVG)."
        ),
        "settlement": "Hoe de identiteit werd vastgesteld",
        "purges": (
            "{count} kopieën van identiteitsdocumenten werden na de verificatie vernietigd, "
            "mediaan {median} dagen na de verificatie (langste: {max} dagen)."
        ),
        "no_purges": "In {year} werden geen kopieën van identiteitsdocumenten vernietigd.",
        "art19": "Kennisgevingen aan ontvangers (art. 19 AVG)",
        "art19_text": "{count} kennisgevingen in {year}, in {cases} dossiers.",
        "inquiries": "Vragen van de Gegevensbeschermingsautoriteit en rechtbanken",
        "no_inquiries": "Geen vragen van de GBA of van een rechtbank in {year}.",
        "inquiries_late": "Te laat beantwoord: {count}.",
        "rules": "Gebruikte regels",
        "rule_months": (
            "Termijnen: één maand vanaf de ontvangst (art. 12(3) AVG), met twee maanden "
            "verlengd waar nodig. Maanden worden geteld volgens Verordening (EEG, Euratom) "
            "nr. 1182/71, art. 3: de dag van ontvangst telt niet mee; de termijn eindigt op "
            "dezelfde datum van de laatste maand, of op de laatste dag van die maand; valt het "
            "einde op een zaterdag, zondag of Belgische wettelijke feestdag, dan op de "
            "volgende werkdag."
        ),
        "rule_pause_off": (
            "Pauzeregeling: uit. Het wachten op identificatie schort de termijn niet op "
            "(strikte lezing van art. 12(3) AVG)."
        ),
        "rule_pause_on": (
            "Pauzeregeling: aan. De dagen tussen de vraag om identificatie en het antwoord "
            "worden bij de termijn geteld, alleen als de vraag binnen {days} dagen na "
            "ontvangst vertrok (EDPB-richtsnoeren 01/2022 §159)."
        ),
        "rule_counting": (
            "Geteld worden de verzoeken ontvangen van 1 januari tot 31 december {year}; "
            "dagen tot antwoord zijn kalenderdagen van ontvangst tot antwoord; het 90e "
            "percentiel is de kleinste waarde die door minstens 90 % van de antwoorden niet "
            "overschreden wordt. Anonieme dossiers (na de bewaartermijn) tellen mee."
        ),
        "witness": "Getuige van het auditspoor",
        "witness_text": (
            "Dit verslag werd opgemaakt uit het register op het ogenblik dat het auditspoor "
            "{events} gebeurtenissen telde. De laatste schakel van de keten:"
        ),
        "witness_check": (
            "Wie dit verslag later naast het register legt, kan met "
            "'privacydesk verify-audit' nagaan dat het spoor tot deze schakel ongewijzigd is."
        ),
        "page": "Pagina {page}",
        "none": "—",
        "days": "{n} d",
    },
    "fr": {
        "title": "Rapport annuel des demandes des personnes concernées {year}",
        "subtitle": "{controller} — établi le {day}",
        "by": " par {officer}",
        "intro": (
            "Ce rapport rend compte des demandes adressées en {year} par les personnes "
            "concernées à {controller} (art. 12 à 22 RGPD), tel que le délégué à la "
            "protection des données en fait rapport à la direction (art. 38(3) et 39 RGPD). "
            "Il ne contient aucune donnée à caractère personnel."
        ),
        "key": "Chiffres clés",
        "received": "Demandes reçues",
        "answered": "Répondues (parmi les demandes de {year})",
        "on_time": "Répondues dans le délai",
        "late": "Répondues en retard",
        "median": "Médiane des jours jusqu'à la réponse",
        "p90": "90e percentile des jours jusqu'à la réponse",
        "extended": "Délai prolongé",
        "open": "Encore ouvertes le {day} (toutes années)",
        "months": "Demandes par mois",
        "per_right": "Par droit",
        "per_channel": "Par canal",
        "right": "Droit",
        "channel": "Canal",
        "count": "Nombre",
        "outcomes": "Issue par droit",
        "grounds": "Refus (totaux ou partiels) par motif juridique",
        "ground": "Motif",
        "no_refusals": "Aucun refus.",
        "timing": "Délais de réponse",
        "timing_text": (
            "Des {answered} demandes de {year} ayant reçu une réponse, {on_time} l'ont reçue "
            "dans le délai et {late} en retard. Médiane : {median} jours ; 90 % avaient reçu "
            "une réponse en {p90} jours."
        ),
        "no_answers": "Aucune demande de {year} n'a encore reçu de réponse.",
        "extensions": "Prolongations et leurs motifs",
        "extensions_text": "Le délai a été prolongé de deux mois {count} fois (art. 12(3) RGPD).",
        "reason": "Motif",
        "reason_removed": "(effacé avec le dossier après la durée de conservation)",
        "identity": "Identification",
        "identity_text": (
            "Pour {requested} demandes, des informations supplémentaires ont été demandées "
            "pour identifier la personne (art. 12(6) RGPD)."
        ),
        "settlement": "Comment l'identité a été établie",
        "purges": (
            "{count} copies de documents d'identité ont été détruites après vérification, "
            "en médiane {median} jours après la vérification (au plus : {max} jours)."
        ),
        "no_purges": "Aucune copie de document d'identité n'a été détruite en {year}.",
        "art19": "Notifications aux destinataires (art. 19 RGPD)",
        "art19_text": "{count} notifications en {year}, dans {cases} dossiers.",
        "inquiries": "Questions de l'Autorité de protection des données et des tribunaux",
        "no_inquiries": "Aucune question de l'APD ou d'un tribunal en {year}.",
        "inquiries_late": "Répondues en retard : {count}.",
        "rules": "Règles appliquées",
        "rule_months": (
            "Délais : un mois à compter de la réception (art. 12(3) RGPD), prolongé de deux "
            "mois si nécessaire. Les mois sont comptés selon le règlement (CEE, Euratom) "
            "n° 1182/71, art. 3 : le jour de la réception ne compte pas ; le délai expire le "
            "même quantième du dernier mois, ou le dernier jour de ce mois ; s'il expire un "
            "samedi, un dimanche ou un jour férié légal belge, il expire le jour ouvrable "
            "suivant."
        ),
        "rule_pause_off": (
            "Suspension : désactivée. L'attente de l'identification ne suspend pas le délai "
            "(lecture stricte de l'art. 12(3) RGPD)."
        ),
        "rule_pause_on": (
            "Suspension : activée. Les jours entre la demande d'identification et la réponse "
            "s'ajoutent au délai, seulement si la demande est partie dans les {days} jours "
            "de la réception (lignes directrices 01/2022 de l'EDPB, §159)."
        ),
        "rule_counting": (
            "Sont comptées les demandes reçues du 1er janvier au 31 décembre {year} ; les "
            "jours jusqu'à la réponse sont des jours calendrier ; le 90e percentile est la "
            "plus petite valeur que 90 % au moins des réponses ne dépassent pas. Les dossiers "
            "anonymisés (après la durée de conservation) sont comptés."
        ),
        "witness": "Témoin de la piste d'audit",
        "witness_text": (
            "Ce rapport a été établi à partir du registre alors que la piste d'audit comptait "
            "{events} événements. Le dernier maillon de la chaîne :"
        ),
        "witness_check": (
            "En confrontant plus tard ce rapport au registre, 'privacydesk verify-audit' "
            "permet de vérifier que la piste est inchangée jusqu'à ce maillon."
        ),
        "page": "Page {page}",
        "none": "—",
        "days": "{n} j",
    },
    "en": {
        "title": "Data subject requests: annual report {year}",
        "subtitle": "{controller} — drawn up on {day}",
        "by": " by {officer}",
        "intro": (
            "This report accounts for the requests that data subjects addressed to "
            "{controller} in {year} (Art. 12–22 GDPR), as the data protection officer "
            "reports to management (Art. 38(3) and 39 GDPR). It holds no personal data."
        ),
        "key": "Key figures",
        "received": "Requests received",
        "answered": "Answered (of {year}'s requests)",
        "on_time": "Answered on time",
        "late": "Answered late",
        "median": "Median days to answer",
        "p90": "90th percentile days to answer",
        "extended": "Time limit extended",
        "open": "Still open on {day} (all years)",
        "months": "Requests per month",
        "per_right": "Per right",
        "per_channel": "Per channel",
        "right": "Right",
        "channel": "Channel",
        "count": "Number",
        "outcomes": "Outcome per right",
        "grounds": "Refusals (whole or partial) per legal ground",
        "ground": "Legal ground",
        "no_refusals": "No refusals.",
        "timing": "Time to answer",
        "timing_text": (
            "Of the {answered} answered requests of {year}, {on_time} were answered on time "
            "and {late} late. Median: {median} days; 90% were answered within {p90} days."
        ),
        "no_answers": "No request of {year} has been answered yet.",
        "extensions": "Extensions and their reasons",
        "extensions_text": (
            "The time limit was extended by two months {count} times (Art. 12(3) GDPR)."
        ),
        "reason": "Reason",
        "reason_removed": "(erased with the case after the retention period)",
        "identity": "Identification",
        "identity_text": (
            "For {requested} requests, additional information was asked to identify the "
            "person (Art. 12(6) GDPR)."
        ),
        "settlement": "How identity was settled",
        "purges": (
            "{count} copies of identity documents were destroyed after verification, a "
            "median of {median} days after verification (longest: {max} days)."
        ),
        "no_purges": "No copies of identity documents were destroyed in {year}.",
        "art19": "Notifications to recipients (Art. 19 GDPR)",
        "art19_text": "{count} notifications in {year}, in {cases} cases.",
        "inquiries": "Questions from the Data Protection Authority and courts",
        "no_inquiries": "No questions from the GBA/APD or a court in {year}.",
        "inquiries_late": "Answered late: {count}.",
        "rules": "Rules applied",
        "rule_months": (
            "Time limits: one month from receipt (Art. 12(3) GDPR), extended by two months "
            "where necessary. Months are counted under Regulation (EEC, Euratom) No 1182/71, "
            "Art. 3: the day of receipt does not count; the period ends on the same date of "
            "the last month, or that month's last day; an end on a Saturday, Sunday or "
            "Belgian public holiday moves to the next working day."
        ),
        "rule_pause_off": (
            "Pause policy: off. Waiting for identification does not suspend the time limit "
            "(strict reading of Art. 12(3) GDPR)."
        ),
        "rule_pause_on": (
            "Pause policy: on. The days between the request for identification and its "
            "arrival are added to the time limit, only when the request went out within "
            "{days} days of receipt (EDPB Guidelines 01/2022 §159)."
        ),
        "rule_counting": (
            "Counted are the requests received from 1 January to 31 December {year}; days to "
            "answer are calendar days from receipt to answer; the 90th percentile is the "
            "smallest value that at least 90% of the answers do not exceed. Anonymised cases "
            "(after the retention period) are counted."
        ),
        "witness": "Witness of the audit trail",
        "witness_text": (
            "This report was drawn from the register when the audit trail held {events} "
            "events. The last link of the chain:"
        ),
        "witness_check": (
            "Anyone who later lays this report beside the register can check with "
            "'privacydesk verify-audit' that the trail is unchanged up to this link."
        ),
        "page": "Page {page}",
        "none": "—",
        "days": "{n} d",
    },
}
