"""Throwaway certificates for TLS tests: a workstation CA with a server and two client
certificates, plus a foreign CA whose client certificate the server must refuse.

Keys are EC P-256 (generated in microseconds, unlike RSA) and unencrypted; the files live in a
temporary directory and never leave the test run.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

_VALIDITY = dt.timedelta(days=2)


@dataclass(frozen=True)
class KeyPair:
    cert: Path
    key: Path


@dataclass(frozen=True)
class Pki:
    ca_cert: Path  # the workstation CA the server trusts
    server: KeyPair  # SAN 127.0.0.1 and localhost
    client: KeyPair  # workstation certificate from the trusted CA
    client2: KeyPair  # a second workstation from the trusted CA
    foreign_ca_cert: Path
    foreign_client: KeyPair  # signed by the foreign CA: must be refused


@dataclass(frozen=True)
class _Issuer:
    name: x509.Name
    key: ec.EllipticCurvePrivateKey


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "PMIS test"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def _builder(
    subject: x509.Name, issuer: x509.Name, key: ec.EllipticCurvePrivateKey
) -> x509.CertificateBuilder:
    now = dt.datetime.now(dt.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + _VALIDITY)
    )


def _write(
    directory: Path, stem: str, cert: x509.Certificate, key: ec.EllipticCurvePrivateKey
) -> KeyPair:
    pair = KeyPair(directory / f"{stem}.crt", directory / f"{stem}.key")
    pair.cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    pair.key.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    pair.key.chmod(0o600)
    return pair


def make_ca(directory: Path, stem: str) -> tuple[_Issuer, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = _name(f"{stem} CA")
    cert = (
        _builder(name, name, key)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_cert_sign=True,
                crl_sign=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return _Issuer(name, key), _write(directory, f"{stem}-ca", cert, key).cert


def issue(directory: Path, issuer: _Issuer, stem: str, *, server: bool) -> KeyPair:
    """A leaf certificate: server (SAN 127.0.0.1 + localhost) or client (workstation)."""
    key = ec.generate_private_key(ec.SECP256R1())
    usage = ExtendedKeyUsageOID.SERVER_AUTH if server else ExtendedKeyUsageOID.CLIENT_AUTH
    builder = (
        _builder(_name(stem), issuer.name, key)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()),
            critical=False,
        )
    )
    if server:
        builder = builder.add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
            ),
            critical=False,
        )
    return _write(directory, stem, builder.sign(issuer.key, hashes.SHA256()), key)


def make_pki(directory: Path) -> Pki:
    directory.mkdir(parents=True, exist_ok=True)
    trusted, ca_cert = make_ca(directory, "workstations")
    foreign, foreign_ca_cert = make_ca(directory, "foreign")
    return Pki(
        ca_cert=ca_cert,
        server=issue(directory, trusted, "appserver", server=True),
        client=issue(directory, trusted, "ws-0001", server=False),
        client2=issue(directory, trusted, "ws-0002", server=False),
        foreign_ca_cert=foreign_ca_cert,
        foreign_client=issue(directory, foreign, "ws-intruder", server=False),
    )
