"""Validating digitally signed PDFs (a request signed with a Belgian eID, for instance).

Slow work (certificate paths, hashing): the GUI calls this off its thread. Nothing is
fetched from the network: a signature whose chain does not end at a root the officer
configured is reported as *untrusted*, honestly, rather than as valid.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from asn1crypto import pem, x509

from privacydesk.core.errors import UserFacingError
from privacydesk.core.identity import names_match


class SignatureError(UserFacingError):
    pass


@dataclass(frozen=True)
class SignatureReport:
    signer_name: str
    signing_time: datetime | None
    intact: bool  # the signed bytes are unchanged
    trusted: bool  # the certificate chains to a configured trusted root
    covers_whole_document: bool
    summary: str  # one Dutch sentence


def load_certificate(data: bytes) -> x509.Certificate:
    if pem.detect(data):
        _type, _headers, data = pem.unarmor(data)
    return x509.Certificate.load(data)


_EID_SUFFIX = re.compile(r"\s*\((signature|authentication)\)\s*$", re.IGNORECASE)


def _signer_name(certificate: x509.Certificate) -> str:
    subject = certificate.subject.native
    common_name = str(subject.get("common_name", "")).strip()
    if common_name:
        return _EID_SUFFIX.sub("", common_name)
    parts = [subject.get("given_name", ""), subject.get("surname", "")]
    return " ".join(str(p) for p in parts if p).strip()


def _summary(signer: str, intact: bool, trusted: bool, whole: bool) -> str:
    if not intact:
        return (
            f"De handtekening van {signer} is ongeldig: het document werd na ondertekening "
            "gewijzigd."
        )
    if not whole:
        return (
            f"De handtekening van {signer} is intact, maar dekt niet het hele document "
            "(er werd nadien iets toegevoegd)."
        )
    if not trusted:
        return (
            f"De handtekening van {signer} is intact, maar het certificaat is niet vertrouwd "
            "(geen ingesteld vertrouwd basiscertificaat)."
        )
    return f"De handtekening van {signer} is geldig, intact en vertrouwd."


def validate_pdf_signatures(
    data: bytes, *, trusted_roots: Sequence[bytes] = ()
) -> list[SignatureReport]:
    """One report per signature in the PDF; an empty list when it is not signed."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    try:
        roots = [load_certificate(root) for root in trusted_roots]
    except Exception as exc:
        raise SignatureError("Een ingesteld vertrouwd certificaat is onleesbaar.") from exc
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = list(reader.embedded_signatures)
    except Exception as exc:
        raise SignatureError(
            "De handtekeningen in deze PDF kunnen niet gelezen worden: het bestand is beschadigd."
        ) from exc
    reports: list[SignatureReport] = []
    for signature in signatures:
        context = ValidationContext(
            trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail"
        )
        try:
            status = validate_pdf_signature(signature, context)
        except Exception as exc:
            raise SignatureError(
                "Een handtekening in deze PDF is onleesbaar of beschadigd."
            ) from exc
        signer = _signer_name(status.signing_cert) if status.signing_cert else "onbekend"
        whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
        intact = bool(status.intact and status.valid)
        trusted = bool(status.trusted) and intact
        reports.append(
            SignatureReport(
                signer_name=signer,
                signing_time=status.signer_reported_dt,
                intact=intact,
                trusted=trusted,
                covers_whole_document=whole,
                summary=_summary(signer, intact, trusted, whole),
            )
        )
    return reports


def signer_matches(report: SignatureReport, requester_name: str) -> bool:
    return names_match(report.signer_name, requester_name)
