"""Digitally signed requests: intact or not, who signed, when, and whether we trust it."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from privacydesk.documents.signatures import (
    SignatureError,
    signer_matches,
    validate_pdf_signatures,
)
from tests.documents.conftest import make_pdf


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "BE"),
        ]
    )


def make_pki() -> dict[str, bytes]:
    """A test CA and a signer certificate like a Belgian eID's signature certificate."""
    now = datetime.now(UTC)
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name("Test eID Root CA"))
        .issuer_name(_name("Test eID Root CA"))
        .public_key(ca_key.public_key())
        .serial_number(1)
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("Jan Peeters (Signature)"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(2)
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365))
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    der = serialization.Encoding.DER
    return {
        "ca": ca.public_bytes(serialization.Encoding.PEM),
        "cert": cert.public_bytes(der),
        "key": key.private_bytes(
            der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ),
        "ca_der": ca.public_bytes(der),
    }


def make_signed_pdf(pki: dict[str, bytes]) -> bytes:
    from asn1crypto import keys
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    signer = signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(pki["cert"]),
        signing_key=keys.PrivateKeyInfo.load(pki["key"]),
        cert_registry=SimpleCertificateStore.from_certs(
            [asn1_x509.Certificate.load(pki["ca_der"])]
        ),
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(make_pdf("Ik vraag inzage. Jan Peeters")))
    out = signers.sign_pdf(
        writer, signers.PdfSignatureMetadata(field_name="Handtekening"), signer=signer
    )
    return out.getvalue()


@pytest.fixture(scope="module")
def pki() -> dict[str, bytes]:
    return make_pki()


@pytest.fixture(scope="module")
def signed_pdf(pki: dict[str, bytes]) -> bytes:
    return make_signed_pdf(pki)


def test_an_unsigned_pdf_has_no_signatures() -> None:
    assert validate_pdf_signatures(make_pdf()) == []


def test_a_signed_request_is_intact_and_names_its_signer(signed_pdf: bytes) -> None:
    (report,) = validate_pdf_signatures(signed_pdf)
    assert report.intact and report.covers_whole_document
    assert report.signer_name == "Jan Peeters"
    assert report.signing_time is not None
    assert signer_matches(report, "Peeters Jan")
    assert not signer_matches(report, "Jan Peters")


def test_without_a_configured_root_the_signature_is_honestly_untrusted(signed_pdf: bytes) -> None:
    (report,) = validate_pdf_signatures(signed_pdf)
    assert not report.trusted
    assert "niet vertrouwd" in report.summary


def test_with_the_root_configured_the_signature_is_trusted(
    signed_pdf: bytes, pki: dict[str, bytes]
) -> None:
    (report,) = validate_pdf_signatures(signed_pdf, trusted_roots=[pki["ca"]])
    assert report.trusted and report.intact
    assert "geldig" in report.summary


def test_a_signed_request_changed_afterwards_is_caught(
    signed_pdf: bytes, pki: dict[str, bytes]
) -> None:
    # One byte inside the signed page content (same length, so the file still parses).
    position = signed_pdf.index(b"stream") + 20
    flipped = bytes([signed_pdf[position] ^ 0x01])
    tampered = signed_pdf[:position] + flipped + signed_pdf[position + 1 :]
    (report,) = validate_pdf_signatures(tampered, trusted_roots=[pki["ca"]])
    assert not report.intact and not report.trusted
    assert "gewijzigd" in report.summary


def test_a_damaged_file_gives_a_sentence() -> None:
    with pytest.raises(SignatureError):
        validate_pdf_signatures(b"%PDF-1.7 garbage")
