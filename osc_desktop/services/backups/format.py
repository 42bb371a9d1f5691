"""The encrypted backup file: a versioned header, then AES-256-GCM chunks (docs/backup-format.md).

A backup is readable with the centre's database key K (which is the printed recovery key) and
nothing else. Each backup draws a random 16-byte salt; its key is HKDF-SHA256(K, salt,
info=b"osc-desktop backup v1"). The payload is encrypted in chunks so that memory use does not
depend on its size. Every chunk's associated data binds it to the exact header bytes, to its
position and to whether it is the last one, so altering, truncating, reordering or extending
the file is detected.

Layout::

    magic b"OSCBAK\\x00\\x01" (8 bytes)
    u32 BE header length, header (UTF-8 JSON, sorted keys)
    chunks: u32 BE ciphertext length, ciphertext (plaintext + 16-byte GCM tag)

This module knows nothing about databases: it turns one byte stream into another and back.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from osc_desktop.errors import BackupDamaged, BackupTooNew, BackupWrongKey

BACKUP_SUFFIX = ".oscbackup"

MAGIC = b"OSCBAK\x00\x01"
# The first 7 bytes never change; the 8th is the file layout's major version.
MAGIC_PREFIX = MAGIC[:7]
FORMAT_VERSION = 1
KDF_NAME = "hkdf-sha256"
HKDF_INFO = b"osc-desktop backup v1"
SALT_BYTES = 16
KEY_BYTES = 32
TAG_BYTES = 16
DEFAULT_CHUNK_SIZE = 1024 * 1024
# Limits a reader enforces before allocating anything, so a hostile length cannot exhaust memory.
MAX_CHUNK_SIZE = 64 * 1024 * 1024
MAX_HEADER_BYTES = 1024 * 1024

_U32 = struct.Struct(">I")
_U64 = struct.Struct(">Q")
_NONCE_PREFIX = b"\x00\x00\x00\x00"

ProgressCallback = Callable[[int, int], None]
"""Called with (payload bytes done, payload bytes in all) after each chunk."""


@dataclass(frozen=True)
class BackupHeader:
    """What a backup file says about itself, readable without the key.

    Until `decrypt_backup` has succeeded these values are unauthenticated: fine for listing
    backups, not for trusting one. `manifest` maps each table name to its row count.
    """

    format: int
    salt: bytes
    chunk_size: int
    created_at: datetime
    app_version: str
    schema_revision: str
    centre_code: str
    manifest: dict[str, int] = field(hash=False)
    payload_bytes: int

    @classmethod
    def new(
        cls,
        *,
        created_at: datetime,
        app_version: str,
        schema_revision: str,
        centre_code: str,
        manifest: Mapping[str, int],
        payload_bytes: int,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
    ) -> BackupHeader:
        """A header for a new backup in the current format, with a fresh random salt."""
        return cls(
            format=FORMAT_VERSION,
            salt=os.urandom(SALT_BYTES),
            chunk_size=chunk_size,
            created_at=created_at,
            app_version=app_version,
            schema_revision=schema_revision,
            centre_code=centre_code,
            manifest=dict(manifest),
            payload_bytes=payload_bytes,
        )

    @property
    def chunk_count(self) -> int:
        """How many chunks the payload takes: at least one (an empty payload has one)."""
        return max(1, -(-self.payload_bytes // self.chunk_size))

    def to_json_bytes(self) -> bytes:
        """The header as written to the file: UTF-8 JSON with sorted keys, no spaces."""
        document = {
            "format": self.format,
            "kdf": KDF_NAME,
            "salt": self.salt.hex(),
            "chunk_size": self.chunk_size,
            "created_at": _format_time(self.created_at),
            "app_version": self.app_version,
            "schema_revision": self.schema_revision,
            "centre_code": self.centre_code,
            "manifest": dict(self.manifest),
            "payload_bytes": self.payload_bytes,
        }
        return json.dumps(
            document, sort_keys=True, separators=(",", ":"), ensure_ascii=False
        ).encode("utf-8")


def derive_backup_key(database_key: bytes, salt: bytes) -> bytes:
    """The 32-byte AES key of one backup: HKDF-SHA256(database_key, salt, HKDF_INFO).

    Raises:
        ValueError: `database_key` is not 32 bytes or `salt` is not 16 bytes.
    """
    if len(database_key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    if len(salt) != SALT_BYTES:
        raise ValueError("a backup salt is 16 bytes")
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=HKDF_INFO).derive(
        database_key
    )


def chunk_nonce(index: int) -> bytes:
    """The 12-byte GCM nonce of chunk `index`: 4 zero bytes, then the index as u64 BE."""
    return _NONCE_PREFIX + _U64.pack(index)


def chunk_aad(header_digest: bytes, index: int, final: bool) -> bytes:
    """A chunk's associated data: SHA-256(magic + header bytes), u64 BE index, final flag."""
    return header_digest + _U64.pack(index) + (b"\x01" if final else b"\x00")


def write_backup(
    source: BinaryIO,
    target: BinaryIO,
    *,
    database_key: bytes,
    header: BackupHeader,
    progress: ProgressCallback | None = None,
) -> BackupHeader:
    """Encrypt `source` (exactly `header.payload_bytes` bytes) into `target` as a backup file.

    Reads and writes one chunk at a time, so memory use does not depend on the payload size.
    The salt is always drawn afresh here, whatever `header.salt` holds, because reusing a salt
    with the same database key would reuse GCM nonces; the header actually written (with that
    salt) is returned. `target` is neither flushed to disk nor closed: the caller fsyncs it and
    renames it into place, and removes it if this raises.

    Raises:
        ValueError: an unusable header (format other than 1, chunk size out of range, negative
            sizes, naive `created_at`), a database key that is not 32 bytes, or a source that
            holds more or fewer bytes than `header.payload_bytes`.
        OSError: reading `source` or writing `target` failed (disk full, drive removed).
    """
    header = replace(header, salt=os.urandom(SALT_BYTES))
    _check_header_for_writing(header)
    aead = AESGCM(derive_backup_key(database_key, header.salt))
    header_bytes = header.to_json_bytes()
    if len(header_bytes) > MAX_HEADER_BYTES:
        raise ValueError("the backup header is too large")
    digest = hashlib.sha256(MAGIC + header_bytes).digest()
    target.write(MAGIC + _U32.pack(len(header_bytes)) + header_bytes)

    chunk_count = header.chunk_count
    done = 0
    for index in range(chunk_count):
        final = index == chunk_count - 1
        wanted = header.payload_bytes - done if final else header.chunk_size
        plaintext = _read_exactly(source, wanted)
        if len(plaintext) != wanted:
            raise ValueError("the source is shorter than the header's payload_bytes")
        ciphertext = aead.encrypt(chunk_nonce(index), plaintext, chunk_aad(digest, index, final))
        target.write(_U32.pack(len(ciphertext)))
        target.write(ciphertext)
        done += len(plaintext)
        if progress is not None:
            progress(done, header.payload_bytes)
    if source.read(1):
        raise ValueError("the source is longer than the header's payload_bytes")
    return header


def read_header(source: BinaryIO) -> BackupHeader:
    """Read the magic and the header from the start of `source`, leaving it at the first chunk.

    Needs no key; the result is not authenticated (see `BackupHeader`).

    Raises:
        BackupDamaged: not a backup file (wrong magic), or its header is cut short, too large,
            not UTF-8 JSON, or lacks or mistypes a field.
        BackupTooNew: the file says it was written in a later format than this app reads.
        OSError: reading `source` failed.
    """
    header, _ = _read_prefix(source)
    return header


def decrypt_backup(
    source: BinaryIO,
    target: BinaryIO,
    *,
    database_key: bytes,
    progress: ProgressCallback | None = None,
) -> BackupHeader:
    """Check and decrypt a whole backup from `source`, writing the payload to `target`.

    Each chunk is authenticated before its plaintext is written, one chunk at a time. Only when
    this returns is the payload known to be complete and unaltered: if it raises, `target`
    holds a partial payload that the caller must discard. Returns the (now authenticated)
    header.

    Raises:
        BackupDamaged: not a backup, a bad header, or any later failure: a chunk whose tag does
            not match after the first one passed, a chunk length out of range, a file cut short,
            chunks out of order, bytes after the final chunk, or a payload whose length differs
            from the header's.
        BackupTooNew: written in a later format than this app reads.
        BackupWrongKey: the header is well formed but the first chunk does not authenticate:
            the key is not this centre's, the backup is another centre's, or the header or the
            first chunk was altered (GCM cannot tell these apart).
        ValueError: `database_key` is not 32 bytes.
        OSError: reading `source` or writing `target` failed.
    """
    if len(database_key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    header, digest = _read_prefix(source)
    aead = AESGCM(derive_backup_key(database_key, header.salt))
    chunk_count = header.chunk_count
    done = 0
    for index in range(chunk_count):
        final = index == chunk_count - 1
        expected = header.payload_bytes - done if final else header.chunk_size
        length_bytes = _read_exactly(source, _U32.size)
        if len(length_bytes) != _U32.size:
            raise BackupDamaged("truncated: chunk length missing")
        (length,) = _U32.unpack(length_bytes)
        if length != expected + TAG_BYTES:
            raise BackupDamaged("chunk length does not match the header")
        ciphertext = _read_exactly(source, length)
        if len(ciphertext) != length:
            raise BackupDamaged("truncated: chunk cut short")
        try:
            plaintext = aead.decrypt(
                chunk_nonce(index), ciphertext, chunk_aad(digest, index, final)
            )
        except InvalidTag:
            if index == 0:
                raise BackupWrongKey("first chunk does not authenticate") from None
            raise BackupDamaged("chunk does not authenticate") from None
        target.write(plaintext)
        done += len(plaintext)
        if progress is not None:
            progress(done, header.payload_bytes)
    if source.read(1):
        raise BackupDamaged("bytes after the final chunk")
    return header


def _read_prefix(source: BinaryIO) -> tuple[BackupHeader, bytes]:
    """The parsed header and SHA-256(magic + header bytes), which every chunk's AAD carries."""
    magic = _read_exactly(source, len(MAGIC))
    if len(magic) != len(MAGIC) or not magic.startswith(MAGIC_PREFIX):
        raise BackupDamaged("not a backup file")
    if magic != MAGIC:
        if magic[-1] > MAGIC[-1]:
            raise BackupTooNew("newer file layout")
        raise BackupDamaged("unknown file layout")
    length_bytes = _read_exactly(source, _U32.size)
    if len(length_bytes) != _U32.size:
        raise BackupDamaged("truncated: header length missing")
    (length,) = _U32.unpack(length_bytes)
    if not 0 < length <= MAX_HEADER_BYTES:
        raise BackupDamaged("header length out of range")
    header_bytes = _read_exactly(source, length)
    if len(header_bytes) != length:
        raise BackupDamaged("truncated: header cut short")
    header = _parse_header(header_bytes)
    digest = hashlib.sha256(magic + header_bytes).digest()
    return header, digest


def _parse_header(header_bytes: bytes) -> BackupHeader:
    try:
        document = json.loads(header_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise BackupDamaged("header is not UTF-8 JSON") from None
    if not isinstance(document, dict):
        raise BackupDamaged("header is not a JSON object")
    version = document.get("format")
    if not _is_int(version) or version < 1:
        raise BackupDamaged("header format missing")
    if version > FORMAT_VERSION:
        raise BackupTooNew("newer backup format")
    if document.get("kdf") != KDF_NAME:
        raise BackupDamaged("unknown key derivation")
    try:
        salt = bytes.fromhex(_field(document, "salt", str))
        created_at = datetime.fromisoformat(_field(document, "created_at", str))
    except ValueError:
        raise BackupDamaged("header salt or time malformed") from None
    chunk_size = _field(document, "chunk_size", int)
    payload_bytes = _field(document, "payload_bytes", int)
    manifest = _field(document, "manifest", dict)
    if (
        len(salt) != SALT_BYTES
        or created_at.tzinfo is None
        or not 0 < chunk_size <= MAX_CHUNK_SIZE
        or payload_bytes < 0
        or not all(isinstance(k, str) and _is_int(v) and v >= 0 for k, v in manifest.items())
    ):
        raise BackupDamaged("header field out of range")
    return BackupHeader(
        format=version,
        salt=salt,
        chunk_size=chunk_size,
        created_at=created_at.astimezone(UTC),
        app_version=_field(document, "app_version", str),
        schema_revision=_field(document, "schema_revision", str),
        centre_code=_field(document, "centre_code", str),
        manifest=dict(manifest),
        payload_bytes=payload_bytes,
    )


def _field(document: dict[str, Any], name: str, kind: type) -> Any:
    value = document.get(name)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise BackupDamaged(f"header field {name} missing")
    return value


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_header_for_writing(header: BackupHeader) -> None:
    if header.format != FORMAT_VERSION:
        raise ValueError(f"this app writes backup format {FORMAT_VERSION} only")
    if not 0 < header.chunk_size <= MAX_CHUNK_SIZE:
        raise ValueError("chunk size out of range")
    if header.payload_bytes < 0:
        raise ValueError("payload_bytes is negative")
    if header.created_at.tzinfo is None:
        raise ValueError("created_at must carry a time zone")
    if any(not _is_int(count) or count < 0 for count in header.manifest.values()):
        raise ValueError("manifest counts are non-negative integers")


def _format_time(moment: datetime) -> str:
    """ISO-8601 in UTC with a trailing Z, e.g. 2026-11-23T17:20:05.123456Z."""
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _read_exactly(source: BinaryIO, size: int) -> bytes:
    """Up to `size` bytes, fewer only at the end of `source` (raw streams may return less)."""
    first = source.read(size)
    if first is None or len(first) == size or not first:
        return first or b""
    parts = [first]
    remaining = size - len(first)
    while remaining:
        more = source.read(remaining)
        if not more:
            break
        parts.append(more)
        remaining -= len(more)
    return b"".join(parts)
