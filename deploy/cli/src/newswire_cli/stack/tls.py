"""A private CA and the certificates the local stack's TLS listeners present, generated here (``cryptography``).

Files are PEM: ``ca.pem`` (what clients trust: ``KAFKA_SSL_CA_FILE``), and per certificate ``<name>.crt``,
``<name>.key`` (PKCS#8, unencrypted, owner-only) and ``<name>.pem`` (key then chain: Kafka's PEM keystore,
KIP-651). Made once and reused while they cover the names asked for; keys never leave the folder.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

CA_DAYS = 3650
CERT_DAYS = 825
_KEY_FORMAT = serialization.PrivateFormat.PKCS8


@dataclass(frozen=True)
class Issued:
    """Where one certificate and its key were written."""

    cert: Path
    """The certificate, then the CA's (the chain a server presents)."""
    key: Path
    """Its private key, PKCS#8 PEM, unencrypted, mode 0600."""
    bundle: Path
    """Key and chain in one file (a Kafka PEM keystore)."""


def _name(common_name: str) -> x509.Name:
    """A subject with just a common name."""
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to a file readable by its owner only (created so before anything is in it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    """The key as unencrypted PKCS#8 PEM (what Kafka's PEM keystore reads without a key password)."""
    return key.private_bytes(serialization.Encoding.PEM, _KEY_FORMAT, serialization.NoEncryption())


def _alt_names(names: list[str]) -> list[x509.GeneralName]:
    """Subject alternative names: IP addresses as such, everything else as DNS names."""
    found: list[x509.GeneralName] = []
    for name in names:
        try:
            found.append(x509.IPAddress(ipaddress.ip_address(name)))
        except ValueError:
            found.append(x509.DNSName(name))
    return found


def ensure_ca(folder: Path, common_name: str = "newswire local CA") -> Path:
    """``folder/ca.pem`` (and its key), created if missing; returns the certificate's path."""
    cert_path, key_path = folder / "ca.pem", folder / "ca.key"
    if cert_path.is_file() and key_path.is_file():
        return cert_path
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name))
        .issuer_name(_name(common_name))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=CA_DAYS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .sign(key, hashes.SHA256())
    )
    _write_private(key_path, _key_pem(key))
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return cert_path


def _covers(cert_path: Path, names: list[str]) -> bool:
    """True when the certificate exists, is valid for another week, and names every one of ``names``."""
    if not cert_path.is_file():
        return False
    cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
    if cert.not_valid_after_utc < dt.datetime.now(dt.UTC) + dt.timedelta(days=7):
        return False
    present = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    return all(alt in present for alt in _alt_names(names))


def issue(folder: Path, name: str, hosts: list[str], *, client: bool = False) -> Issued:
    """A certificate ``name`` signed by the folder's CA for ``hosts`` (server use, or client use for mutual TLS)."""
    ca_path = ensure_ca(folder)
    issued = Issued(folder / f"{name}.crt", folder / f"{name}.key", folder / f"{name}.pem")
    if _covers(issued.cert, hosts) and issued.key.is_file() and issued.bundle.is_file():
        return issued
    ca_cert = x509.load_pem_x509_certificate(ca_path.read_bytes())
    ca_key = serialization.load_pem_private_key((folder / "ca.key").read_bytes(), password=None)
    if not isinstance(ca_key, ec.EllipticCurvePrivateKey):
        raise TypeError(f"{folder / 'ca.key'} is not the EC key this module writes")
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    usage = ExtendedKeyUsageOID.CLIENT_AUTH if client else ExtendedKeyUsageOID.SERVER_AUTH
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(hosts[0]))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=CERT_DAYS))
        .add_extension(x509.SubjectAlternativeName(_alt_names(hosts)), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    chain = cert.public_bytes(serialization.Encoding.PEM) + ca_path.read_bytes()
    _write_private(issued.key, _key_pem(key))
    _write_private(issued.bundle, _key_pem(key) + chain)
    issued.cert.write_bytes(chain)
    return issued


def fingerprint(cert_path: Path) -> str:
    """SHA-256 of the (first) certificate's DER bytes, hex: what ``ELASTICSEARCH_SSL_FINGERPRINT`` pins."""
    cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
    return hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()
