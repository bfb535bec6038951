"""Validating digitally signed PDFs (a request signed with a Belgian eID, for instance).

Slow work (hashing, certificate paths, difference analysis): the GUI calls this off its
thread. Nothing is fetched from the network and revocation is not checked (soft-fail, no
fetching): a signature whose chain does not end at a root the officer configured is
reported as *untrusted*, honestly, rather than as valid.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from asn1crypto import pem, x509

from privacydesk.core.identity import names_match
from privacydesk.documents.sniffing import (
    PDF,
    AttachmentError,
    sniff_content_type,
    trim_pdf_padding,
)


class SignatureError(AttachmentError):
    """A PDF whose signatures cannot be read at all; the message is one sentence."""


@dataclass(frozen=True)
class SignatureReport:
    signer_name: str  # from the certificate, without the eID's "(Signature)"
    signing_time: datetime | None  # a valid timestamp's time, else the signer's own claim
    intact: bool  # the signed bytes are unchanged and the signature is cryptographically valid
    trusted: bool  # intact, and the certificate chains to a configured trusted root
    covers_whole_document: bool  # nothing was added to the file after signing
    summary: str  # one Dutch sentence for the officer
    given_name: str = ""  # the certificate's GivenName attribute, when it has one
    surname: str = ""  # the certificate's Surname attribute, when it has one


# -- Certificates -------------------------------------------------------------------------


def _certificates(data: bytes) -> Iterator[x509.Certificate]:
    if pem.detect(data):
        for _type, _headers, der in pem.unarmor(data, multiple=True):
            yield x509.Certificate.load(der)
    else:
        yield x509.Certificate.load(data)


def load_certificates(roots: Sequence[bytes]) -> list[x509.Certificate]:
    """Trusted roots as configured: DER or PEM files, a PEM file may hold several."""
    certificates: list[x509.Certificate] = []
    try:
        for data in roots:
            for certificate in _certificates(data):
                certificate.native  # noqa: B018 - parse it now, not during validation
                certificates.append(certificate)
    except Exception as exc:
        raise SignatureError(
            "Een van de ingestelde vertrouwde basiscertificaten is onleesbaar; controleer de "
            "map met vertrouwde certificaten in de instellingen."
        ) from exc
    return certificates


_EID_SUFFIX = re.compile(r"\s*\((signature|authentication)\)\s*$", re.IGNORECASE)


def _attribute(subject: dict[str, Any], key: str) -> str:
    value = subject.get(key, "")
    if isinstance(value, list):
        value = " ".join(str(v) for v in value)
    return str(value).strip()


def _names(certificate: x509.Certificate) -> tuple[str, str, str]:
    """(name to show, given name, surname) from the certificate's subject."""
    subject = dict(certificate.subject.native)
    given, surname = _attribute(subject, "given_name"), _attribute(subject, "surname")
    common_name = _EID_SUFFIX.sub("", _attribute(subject, "common_name"))
    name = common_name or " ".join(part for part in (given, surname) if part)
    return name or "een onbekende ondertekenaar", given, surname


# -- Verdicts -----------------------------------------------------------------------------


def _trust_problem(status: Any) -> str:
    """Why a signature that is intact is not trusted, as the end of a Dutch sentence."""
    from pyhanko.sign.ades.report import AdESFailure, AdESIndeterminate

    problem = status.trust_problem_indic
    if problem in (AdESFailure.REVOKED, AdESIndeterminate.REVOKED_NO_POE):
        return "het certificaat is ingetrokken"
    if problem in (AdESIndeterminate.EXPIRED, AdESIndeterminate.OUT_OF_BOUNDS_NO_POE):
        return "het certificaat is vervallen"
    if problem in (AdESFailure.NOT_YET_VALID, AdESIndeterminate.NOT_YET_VALID):
        return "het certificaat is nog niet geldig"
    if problem in (
        AdESIndeterminate.CRYPTO_CONSTRAINTS_FAILURE,
        AdESIndeterminate.CRYPTO_CONSTRAINTS_FAILURE_NO_POE,
    ):
        return "ze gebruikt een verouderd, onveilig algoritme"
    if problem is AdESIndeterminate.SIG_CONSTRAINTS_FAILURE:
        return "het certificaat is niet bedoeld om documenten te ondertekenen"
    if problem is None or problem is AdESIndeterminate.NO_CERTIFICATE_CHAIN_FOUND:
        return "het certificaat leidt niet naar een ingesteld vertrouwd basiscertificaat"
    return "het certificaat kon niet gecontroleerd worden"


def _later_changes(status: Any) -> str:
    """What was added after signing, as the end of a Dutch sentence."""
    from pyhanko.sign.diff_analysis import ModificationLevel

    level = status.modification_level
    if level is not None and level <= ModificationLevel.FORM_FILLING and status.docmdp_ok:
        return "nadien werden alleen nog handtekeningen of formuliervelden toegevoegd"
    return "nadien werd het document nog aangepast, en die wijzigingen vallen er niet onder"


def _summary(signer: str, status: Any, intact: bool, trusted: bool, whole: bool) -> str:
    if not status.intact:
        return (
            f"De handtekening van {signer} is ongeldig: het document werd na ondertekening "
            "gewijzigd."
        )
    if not intact:
        return (
            f"De handtekening van {signer} is ongeldig: de cryptografische handtekening klopt "
            "niet met het certificaat."
        )
    trust = (
        "het certificaat is vertrouwd"
        if trusted
        else f"ze is niet vertrouwd, want {_trust_problem(status)}"
    )
    if whole:
        verdict = "geldig" if trusted else "intact"
        return (
            f"De handtekening van {signer} is {verdict}: het ondertekende document is "
            f"ongewijzigd en {trust}."
        )
    return (
        f"De handtekening van {signer} is intact en {trust}, maar ze dekt niet het hele "
        f"document: {_later_changes(status)}."
    )


def _signing_time(status: Any) -> datetime | None:
    timestamp = status.timestamp_validity
    if timestamp is not None and timestamp.intact and timestamp.valid:
        moment = timestamp.timestamp
        if isinstance(moment, datetime):
            return moment
    claimed = status.signer_reported_dt
    return claimed if isinstance(claimed, datetime) else None


def _unreadable(signature: Any) -> SignatureReport:
    try:
        signer, given, surname = _names(signature.signer_cert)
    except Exception:
        signer, given, surname = "een onbekende ondertekenaar", "", ""
    return SignatureReport(
        signer_name=signer,
        signing_time=None,
        intact=False,
        trusted=False,
        covers_whole_document=False,
        summary=(
            f"De handtekening van {signer} kan niet gecontroleerd worden: ze is beschadigd of "
            "gebruikt een techniek die PrivacyDesk niet kent."
        ),
        given_name=given,
        surname=surname,
    )


def validate_pdf_signatures(
    data: bytes, *, trusted_roots: Sequence[bytes] = ()
) -> list[SignatureReport]:
    """One report per signature in the PDF, in signing order; an empty list when unsigned.

    ``trusted_roots`` are the certificates (DER or PEM) the officer trusts, e.g. the Belgian
    eID root CAs; without them every signature is reported as untrusted. A file that is no
    PDF, or too damaged to find its signatures in, raises :class:`SignatureError`.
    """
    from pyhanko.pdf_utils.crypt import AuthStatus
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    if sniff_content_type(data) != PDF:
        raise SignatureError(
            "Dit document is geen PDF, dus het kan geen digitale handtekening dragen."
        )
    roots = load_certificates(trusted_roots)
    try:
        reader = PdfFileReader(io.BytesIO(trim_pdf_padding(data)), strict=False)
        if reader.encrypted and reader.decrypt("").status == AuthStatus.FAILED:
            raise SignatureError(
                "Deze PDF is met een wachtwoord beveiligd; de handtekeningen kunnen niet "
                "gecontroleerd worden."
            )
        signatures = list(reader.embedded_regular_signatures)
    except SignatureError:
        raise
    except Exception as exc:
        raise SignatureError(
            "De handtekeningen in deze PDF kunnen niet gelezen worden: het bestand is beschadigd."
        ) from exc
    reports: list[SignatureReport] = []
    for signature in signatures:
        # A list, never None: None would mean the operating system's roots.
        context = ValidationContext(
            trust_roots=list(roots), allow_fetching=False, revocation_mode="soft-fail"
        )
        try:
            status = validate_pdf_signature(signature, context)
            signer, given, surname = _names(status.signing_cert)
        except Exception:
            reports.append(_unreadable(signature))
            continue
        intact = bool(status.intact and status.valid)
        trusted = bool(intact and status.trusted)
        whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
        reports.append(
            SignatureReport(
                signer_name=signer,
                signing_time=_signing_time(status),
                intact=intact,
                trusted=trusted,
                covers_whole_document=whole,
                summary=_summary(signer, status, intact, trusted, whole),
                given_name=given,
                surname=surname,
            )
        )
    return reports


def signer_matches(report: SignatureReport, requester_name: str) -> bool:
    """The certificate names the requester (accents, case and word order do not matter).

    The common name is compared first (``Jan Peeters (Signature)`` on a Belgian eID); then
    the surname with the first given name, or the first few: a certificate for Jan Marie
    Peeters matches "Jan Peeters" and "Jan Marie Peeters", not "Marie Peeters".
    """
    if names_match(report.signer_name, requester_name):
        return True
    given = report.given_name.split()
    if not given or not report.surname.strip():
        return False
    return any(
        names_match(f"{' '.join(given[:count])} {report.surname}", requester_name)
        for count in range(1, len(given) + 1)
    )
