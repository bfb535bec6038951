"""Digitally signed requests: intact or not, who signed, when, and whether we trust it."""

from __future__ import annotations

import io
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from privacydesk.documents.signatures import (
    SignatureError,
    SignatureReport,
    signer_matches,
    validate_pdf_signatures,
)
from privacydesk.documents.sniffing import AttachmentError
from tests.documents.conftest import make_image, make_pdf

NOW = datetime.now(UTC)


@dataclass(frozen=True)
class Pki:
    ca_pem: bytes
    ca_der: bytes
    cert_der: bytes
    key_der: bytes


def _ca(common_name: str) -> tuple[x509.Certificate, rsa.RSAPrivateKey]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "BE"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - timedelta(days=3650))
        .not_valid_after(NOW + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    return certificate, key


def make_eid_pki(*, valid_from: datetime | None = None, valid_until: datetime | None = None) -> Pki:
    """A test CA and a signature certificate shaped like a Belgian eID's."""
    ca, ca_key = _ca("Test Citizen CA")
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "BE"),
            x509.NameAttribute(NameOID.COMMON_NAME, "Jan Peeters (Signature)"),
            x509.NameAttribute(NameOID.SURNAME, "Peeters"),
            x509.NameAttribute(NameOID.GIVEN_NAME, "Jan Marie"),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, "85073003328"),
        ]
    )
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(valid_from or NOW - timedelta(days=1))
        .not_valid_after(valid_until or NOW + timedelta(days=365))
        .add_extension(  # digital signature + non-repudiation, as on the eID
            x509.KeyUsage(True, True, False, False, False, False, False, False, False),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    der = serialization.Encoding.DER
    return Pki(
        ca_pem=ca.public_bytes(serialization.Encoding.PEM),
        ca_der=ca.public_bytes(der),
        cert_der=certificate.public_bytes(der),
        key_der=key.private_bytes(
            der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ),
    )


def sign_pdf(pki: Pki, pdf: bytes, *, field_name: str = "Handtekening") -> bytes:
    from asn1crypto import keys
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    signer = signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(pki.cert_der),
        signing_key=keys.PrivateKeyInfo.load(pki.key_der),
        cert_registry=SimpleCertificateStore.from_certs([asn1_x509.Certificate.load(pki.ca_der)]),
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    out = signers.sign_pdf(
        writer, signers.PdfSignatureMetadata(field_name=field_name), signer=signer
    )
    return out.getvalue()


def make_pki() -> dict[str, bytes]:
    """The test PKI as other test packages use it (the services' tests)."""
    pki = make_eid_pki()
    return {"ca": pki.ca_pem, "ca_der": pki.ca_der, "cert": pki.cert_der, "key": pki.key_der}


def make_signed_pdf(material: dict[str, bytes]) -> bytes:
    """A request signed by Jan Peeters with the certificate from :func:`make_pki`."""
    pki = Pki(material["ca"], material["ca_der"], material["cert"], material["key"])
    return sign_pdf(pki, make_pdf("Ik vraag inzage in mijn gegevens. Jan Peeters"))


@pytest.fixture(scope="module")
def pki() -> Pki:
    return make_eid_pki()


@pytest.fixture(scope="module")
def signed_pdf(pki: Pki) -> bytes:
    return sign_pdf(pki, make_pdf("Ik vraag inzage in mijn gegevens. Jan Peeters"))


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    """Signature checks never reach out: any attempt is recorded, refused, and fails the test."""
    attempts: list[object] = []

    def refuse(_socket: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("geen netwerk in de tests")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    yield attempts
    assert attempts == []


# -- Unsigned, intact, trusted ------------------------------------------------------------


def test_an_unsigned_pdf_has_no_signatures() -> None:
    assert validate_pdf_signatures(make_pdf()) == []


def test_a_signed_request_is_intact_and_names_its_signer_and_time(signed_pdf: bytes) -> None:
    (report,) = validate_pdf_signatures(signed_pdf)
    assert report.intact
    assert report.covers_whole_document
    assert report.signer_name == "Jan Peeters"  # without the eID's "(Signature)"
    assert (report.given_name, report.surname) == ("Jan Marie", "Peeters")
    assert report.signing_time is not None
    assert abs(report.signing_time - datetime.now(UTC)) < timedelta(minutes=10)


def test_without_a_configured_root_the_signature_is_honestly_untrusted(signed_pdf: bytes) -> None:
    (report,) = validate_pdf_signatures(signed_pdf)
    assert report.intact and not report.trusted
    assert report.summary == (
        "De handtekening van Jan Peeters is intact: het ondertekende document is ongewijzigd "
        "en ze is niet vertrouwd, want het certificaat leidt niet naar een ingesteld "
        "vertrouwd basiscertificaat."
    )


@pytest.mark.parametrize("form", ["pem", "der"])
def test_with_the_root_configured_the_signature_is_trusted(
    signed_pdf: bytes, pki: Pki, form: str
) -> None:
    root = pki.ca_pem if form == "pem" else pki.ca_der
    (report,) = validate_pdf_signatures(signed_pdf, trusted_roots=[root])
    assert report.trusted and report.intact and report.covers_whole_document
    assert report.summary == (
        "De handtekening van Jan Peeters is geldig: het ondertekende document is ongewijzigd "
        "en het certificaat is vertrouwd."
    )


def test_a_root_inside_a_pem_bundle_is_found(signed_pdf: bytes, pki: Pki) -> None:
    other, _key = _ca("Andere CA")
    bundle = other.public_bytes(serialization.Encoding.PEM) + pki.ca_pem
    (report,) = validate_pdf_signatures(signed_pdf, trusted_roots=[bundle])
    assert report.trusted


def test_another_root_does_not_make_the_signature_trusted(signed_pdf: bytes) -> None:
    other, _key = _ca("Andere CA")
    (report,) = validate_pdf_signatures(
        signed_pdf, trusted_roots=[other.public_bytes(serialization.Encoding.PEM)]
    )
    assert report.intact and not report.trusted


def test_an_expired_certificate_is_not_trusted_and_says_so() -> None:
    expired = make_eid_pki(
        valid_from=NOW - timedelta(days=400), valid_until=NOW - timedelta(days=2)
    )
    signed = sign_pdf(expired, make_pdf())
    (report,) = validate_pdf_signatures(signed, trusted_roots=[expired.ca_pem])
    assert report.intact and not report.trusted
    assert "het certificaat is vervallen" in report.summary


# -- Changed after signing ----------------------------------------------------------------


def test_a_signed_request_changed_afterwards_is_caught(signed_pdf: bytes, pki: Pki) -> None:
    # One byte inside the signed page content (same length, so the file still parses).
    position = signed_pdf.index(b"stream") + 20
    tampered = (
        signed_pdf[:position] + bytes([signed_pdf[position] ^ 0x01]) + signed_pdf[position + 1 :]
    )
    (report,) = validate_pdf_signatures(tampered, trusted_roots=[pki.ca_pem])
    assert not report.intact and not report.trusted
    assert report.summary == (
        "De handtekening van Jan Peeters is ongeldig: het document werd na ondertekening gewijzigd."
    )


def test_content_added_after_signing_is_not_covered(signed_pdf: bytes, pki: Pki) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(signed_pdf))
    page = writer.root["/Pages"]["/Kids"][0]
    page["/Rotate"] = generic.NumberObject(90)  # the page turned after signing
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    (report,) = validate_pdf_signatures(out.getvalue(), trusted_roots=[pki.ca_pem])
    assert report.intact  # the signed revision itself is unchanged…
    assert not report.covers_whole_document  # …but it is not all there is
    assert "dekt niet het hele document" in report.summary
    assert "nog aangepast" in report.summary


def test_a_second_signature_leaves_the_first_intact_but_partial(
    signed_pdf: bytes, pki: Pki
) -> None:
    twice = sign_pdf(pki, signed_pdf, field_name="Tweede")
    first, second = validate_pdf_signatures(twice, trusted_roots=[pki.ca_pem])
    assert first.trusted and not first.covers_whole_document
    assert "alleen nog handtekeningen of formuliervelden toegevoegd" in first.summary
    assert second.trusted and second.covers_whole_document


# -- The signer and the requester ---------------------------------------------------------


@pytest.mark.parametrize(
    ("requester", "matches"),
    [
        ("Jan Peeters", True),
        ("Peeters Jan", True),
        ("PEETERS, jan", True),
        ("Jan Marie Peeters", True),  # all the given names on the certificate
        ("Jan Peters", False),
        ("Marie Peeters", False),
        ("Jan", False),
    ],
)
def test_the_signer_is_compared_with_the_requester(
    signed_pdf: bytes, requester: str, matches: bool
) -> None:
    (report,) = validate_pdf_signatures(signed_pdf)
    assert signer_matches(report, requester) is matches


def test_without_given_name_and_surname_the_common_name_decides() -> None:
    report = SignatureReport("Éloïse Van den Broeck", None, True, True, True, "…")
    assert signer_matches(report, "van den broeck eloise")
    assert not signer_matches(report, "Chloé Van den Broeck")


# -- Files that cannot be checked ---------------------------------------------------------


def test_a_damaged_pdf_gives_a_sentence() -> None:
    with pytest.raises(SignatureError, match="het bestand is beschadigd"):
        validate_pdf_signatures(b"%PDF-1.7 garbage")


def test_an_image_cannot_carry_a_pdf_signature() -> None:
    with pytest.raises(SignatureError, match="geen PDF"):
        validate_pdf_signatures(make_image("PNG"))


def test_an_unreadable_trusted_root_is_reported(signed_pdf: bytes) -> None:
    with pytest.raises(SignatureError, match="vertrouwde basiscertificaten is onleesbaar"):
        validate_pdf_signatures(signed_pdf, trusted_roots=[b"geen certificaat"])


def test_signature_errors_are_attachment_errors_for_the_gui() -> None:
    assert issubclass(SignatureError, AttachmentError)


def test_a_signature_that_cannot_be_validated_is_reported_not_raised(
    signed_pdf: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pyhanko.sign.validation

    def unsupported(*_args: object, **_kwargs: object) -> None:
        raise NotImplementedError("an algorithm pyHanko does not know")

    monkeypatch.setattr(pyhanko.sign.validation, "validate_pdf_signature", unsupported)
    (report,) = validate_pdf_signatures(signed_pdf)
    assert report.signer_name == "Jan Peeters"
    assert not report.intact and not report.trusted
    assert "kan niet gecontroleerd worden" in report.summary
