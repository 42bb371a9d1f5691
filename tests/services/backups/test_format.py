"""The encrypted backup format: round trips, and every kind of damage is detected."""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import os
import re
import struct
import subprocess
import sys
import tracemalloc
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from hypothesis import given
from hypothesis import strategies as st

from osc_desktop.errors import (
    BackupDamaged,
    BackupError,
    BackupTooNew,
    BackupWrongKey,
    OscError,
)
from osc_desktop.security.recovery_key import format_recovery_key
from osc_desktop.services.backups.format import (
    BACKUP_SUFFIX,
    DEFAULT_CHUNK_SIZE,
    FORMAT_VERSION,
    MAGIC,
    SALT_BYTES,
    BackupHeader,
    chunk_aad,
    chunk_nonce,
    decrypt_backup,
    derive_backup_key,
    read_header,
    write_backup,
)

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))
WHEN = datetime(2026, 11, 23, 17, 20, 5, 123456, tzinfo=UTC)
MANIFEST = {"audit_events": 12, "cases": 50, "staff": 3}
DOCS = Path(__file__).resolve().parents[3] / "docs" / "backup-format.md"

payloads = st.binary(max_size=3000)
chunk_sizes = st.integers(min_value=1, max_value=700)


def header_for(payload: bytes, chunk_size: int = DEFAULT_CHUNK_SIZE) -> BackupHeader:
    return BackupHeader.new(
        created_at=WHEN,
        app_version="0.1.0",
        schema_revision="0007_follow_ups",
        centre_code="UP-LKO-01",
        manifest=MANIFEST,
        payload_bytes=len(payload),
        chunk_size=chunk_size,
    )


def make_backup(payload: bytes, chunk_size: int = DEFAULT_CHUNK_SIZE, key: bytes = KEY) -> bytes:
    target = io.BytesIO()
    write_backup(
        io.BytesIO(payload), target, database_key=key, header=header_for(payload, chunk_size)
    )
    return target.getvalue()


def decrypt(blob: bytes, key: bytes = KEY) -> bytes:
    target = io.BytesIO()
    decrypt_backup(io.BytesIO(blob), target, database_key=key)
    return target.getvalue()


def layout(blob: bytes) -> tuple[int, list[tuple[int, int]]]:
    """Where the header ends, and each chunk record's (start, end) including its length field."""
    (header_length,) = struct.unpack(">I", blob[8:12])
    position = 12 + header_length
    header_end = position
    chunks = []
    while position < len(blob):
        (length,) = struct.unpack(">I", blob[position : position + 4])
        chunks.append((position, position + 4 + length))
        position += 4 + length
    assert position == len(blob)
    return header_end, chunks


def chunk_of(blob: bytes, offset: int) -> int | None:
    """The index of the chunk record holding byte `offset`; None in the magic or header."""
    _, chunks = layout(blob)
    for index, (start, end) in enumerate(chunks):
        if start <= offset < end:
            return index
    return None


# --- round trip ----------------------------------------------------------------------------


def test_round_trip_keeps_payload_and_header() -> None:
    payload = os.urandom(3 * DEFAULT_CHUNK_SIZE + 12345)
    target = io.BytesIO()
    written = write_backup(
        io.BytesIO(payload), target, database_key=KEY, header=header_for(payload)
    )
    blob = target.getvalue()

    out = io.BytesIO()
    header = decrypt_backup(io.BytesIO(blob), out, database_key=KEY)

    assert out.getvalue() == payload
    assert header == written == read_header(io.BytesIO(blob))
    assert header.format == FORMAT_VERSION
    assert header.created_at == WHEN
    assert header.manifest == MANIFEST
    assert header.centre_code == "UP-LKO-01"
    assert header.schema_revision == "0007_follow_ups"
    assert header.payload_bytes == len(payload)
    assert len(layout(blob)[1]) == 4
    # Overhead: magic, header, and 4 + 16 bytes per chunk; nothing else.
    assert len(blob) == layout(blob)[0] + len(payload) + 4 * (4 + 16)


@given(payload=payloads, chunk_size=chunk_sizes)
def test_any_payload_and_chunk_size_round_trips(payload: bytes, chunk_size: int) -> None:
    blob = make_backup(payload, chunk_size)
    assert decrypt(blob) == payload
    assert len(layout(blob)[1]) == max(1, -(-len(payload) // chunk_size))


def test_empty_payload_has_one_final_empty_chunk() -> None:
    blob = make_backup(b"")
    header_end, chunks = layout(blob)
    assert chunks == [(header_end, header_end + 4 + 16)]
    digest = hashlib.sha256(blob[:8] + blob[12:header_end]).digest()
    key = derive_backup_key(KEY, read_header(io.BytesIO(blob)).salt)
    assert (
        AESGCM(key).decrypt(chunk_nonce(0), blob[header_end + 4 :], chunk_aad(digest, 0, True))
        == b""
    )
    assert decrypt(blob) == b""


def test_file_layout_matches_the_documented_bytes() -> None:
    payload = b"x" * 10
    blob = make_backup(payload, chunk_size=4)
    assert blob[:8] == MAGIC == b"OSCBAK\x00\x01"
    (length,) = struct.unpack(">I", blob[8:12])
    header_bytes = blob[12 : 12 + length]
    document = json.loads(header_bytes.decode("utf-8"))
    assert list(document) == sorted(document)
    assert set(document) == {
        "app_version",
        "centre_code",
        "chunk_size",
        "created_at",
        "format",
        "kdf",
        "manifest",
        "payload_bytes",
        "salt",
        "schema_revision",
    }
    assert document["format"] == 1
    assert document["kdf"] == "hkdf-sha256"
    assert document["created_at"] == "2026-11-23T17:20:05.123456Z"
    assert len(bytes.fromhex(document["salt"])) == SALT_BYTES
    assert document["payload_bytes"] == 10
    assert document["chunk_size"] == 4
    # Chunk lengths: 4 + 4 + 2 plaintext bytes, each with a 16-byte tag.
    _, chunks = layout(blob)
    assert [end - start - 4 for start, end in chunks] == [20, 20, 18]


def test_a_chunk_decrypts_by_hand_with_the_documented_nonce_and_aad() -> None:
    blob = make_backup(b"abcdefgh", chunk_size=4)
    header_end, chunks = layout(blob)
    header = read_header(io.BytesIO(blob))

    key = HKDF(hashes.SHA256(), 32, header.salt, b"osc-desktop backup v1").derive(KEY)
    digest = hashlib.sha256(MAGIC + blob[12:header_end]).digest()
    start, end = chunks[1]
    nonce = b"\x00" * 4 + (1).to_bytes(8, "big")
    aad = digest + (1).to_bytes(8, "big") + b"\x01"
    assert AESGCM(key).decrypt(nonce, blob[start + 4 : end], aad) == b"efgh"


def test_read_header_leaves_the_stream_at_the_first_chunk() -> None:
    blob = make_backup(b"payload")
    source = io.BytesIO(blob)
    read_header(source)
    assert source.tell() == layout(blob)[0]


def test_progress_reports_bytes_done_after_each_chunk() -> None:
    payload = b"p" * 10
    seen: list[tuple[int, int]] = []
    target = io.BytesIO()
    write_backup(
        io.BytesIO(payload),
        target,
        database_key=KEY,
        header=header_for(payload, 4),
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen == [(4, 10), (8, 10), (10, 10)]
    seen.clear()
    decrypt_backup(
        io.BytesIO(target.getvalue()),
        io.BytesIO(),
        database_key=KEY,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen == [(4, 10), (8, 10), (10, 10)]


class TrickleReader(io.RawIOBase):
    """A raw stream that returns at most 3 bytes per read, like a pipe or a network share."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        return self._data.read(min(size, 3) if size >= 0 else 3)


def test_short_reads_from_the_source_are_tolerated() -> None:
    payload = os.urandom(100)
    target = io.BytesIO()
    write_backup(TrickleReader(payload), target, database_key=KEY, header=header_for(payload, 7))
    out = io.BytesIO()
    decrypt_backup(TrickleReader(target.getvalue()), out, database_key=KEY)
    assert out.getvalue() == payload


# --- keys and salts ------------------------------------------------------------------------


def test_every_backup_gets_a_fresh_salt_whatever_the_header_says() -> None:
    payload = b"same payload"
    header = replace(header_for(payload), salt=b"\x00" * SALT_BYTES)
    first, second = io.BytesIO(), io.BytesIO()
    a = write_backup(io.BytesIO(payload), first, database_key=KEY, header=header)
    b = write_backup(io.BytesIO(payload), second, database_key=KEY, header=header)
    assert a.salt != b.salt
    assert b"\x00" * SALT_BYTES not in (a.salt, b.salt)
    assert first.getvalue() != second.getvalue()
    assert read_header(io.BytesIO(first.getvalue())).salt == a.salt


def test_no_key_material_in_the_file() -> None:
    payload = b"secret survivor data" * 10
    blob = make_backup(payload)
    salt = read_header(io.BytesIO(blob)).salt
    assert KEY not in blob
    assert KEY.hex().encode() not in blob
    assert derive_backup_key(KEY, salt) not in blob
    assert derive_backup_key(KEY, salt).hex().encode() not in blob
    assert b"survivor" not in blob


def test_key_derivation_is_hkdf_sha256_of_the_database_key() -> None:
    # RFC 5869 structure, computed independently with hmac: extract, then one expand block.
    salt = bytes(range(16))
    prk = hmac.new(salt, KEY, "sha256").digest()
    okm = hmac.new(prk, b"osc-desktop backup v1" + b"\x01", "sha256").digest()
    assert derive_backup_key(KEY, salt) == okm


def test_wrong_key_is_reported_as_wrong_key() -> None:
    blob = make_backup(b"records" * 1000, chunk_size=100)
    with pytest.raises(BackupWrongKey):
        decrypt(blob, OTHER_KEY)


def test_another_centres_backup_is_reported_as_wrong_key() -> None:
    theirs = make_backup(b"their records", key=os.urandom(32))
    with pytest.raises(BackupWrongKey):
        decrypt(theirs)


def test_an_empty_backup_with_the_wrong_key_is_still_detected() -> None:
    with pytest.raises(BackupWrongKey):
        decrypt(make_backup(b""), OTHER_KEY)


@pytest.mark.parametrize("key", [b"", b"short", bytes(33)])
def test_a_key_that_is_not_32_bytes_is_a_programming_error(key: bytes) -> None:
    with pytest.raises(ValueError):
        make_backup(b"x", key=key)
    with pytest.raises(ValueError):
        decrypt(make_backup(b"x"), key)


# --- damage --------------------------------------------------------------------------------


@given(payload=payloads, chunk_size=chunk_sizes, data=st.data())
def test_one_flipped_byte_anywhere_is_detected(
    payload: bytes, chunk_size: int, data: st.DataObject
) -> None:
    blob = bytearray(make_backup(payload, chunk_size))
    offset = data.draw(st.integers(0, len(blob) - 1), label="offset")
    mask = data.draw(st.integers(1, 255), label="xor")
    index = chunk_of(bytes(blob), offset)
    blob[offset] ^= mask

    expected: type[BackupError] = BackupError
    if index is not None and index > 0:
        expected = BackupDamaged  # the first chunk passed: this is damage, never a wrong key
    with pytest.raises(expected):
        decrypt(bytes(blob))


@given(payload=payloads, chunk_size=chunk_sizes, data=st.data())
def test_truncation_anywhere_is_detected_as_damage(
    payload: bytes, chunk_size: int, data: st.DataObject
) -> None:
    blob = make_backup(payload, chunk_size)
    cut = data.draw(st.integers(0, len(blob) - 1), label="cut")
    with pytest.raises(BackupDamaged):
        decrypt(blob[:cut])


def test_truncation_at_a_chunk_boundary_is_detected() -> None:
    """The nastiest cut: every remaining chunk is whole and authentic, only the end is gone."""
    blob = make_backup(b"z" * 40, chunk_size=10)
    _, chunks = layout(blob)
    for _start, end in chunks[:-1]:
        with pytest.raises(BackupDamaged):
            decrypt(blob[:end])


@given(
    payload=st.binary(min_size=2, max_size=3000),
    chunk_size=st.integers(1, 300),
    data=st.data(),
)
def test_two_chunks_swapped_are_detected(
    payload: bytes, chunk_size: int, data: st.DataObject
) -> None:
    blob = make_backup(payload, chunk_size)
    header_end, chunks = layout(blob)
    if len(chunks) < 2:
        chunk_size = 1
        blob = make_backup(payload, chunk_size)
        header_end, chunks = layout(blob)
    first = data.draw(st.integers(0, len(chunks) - 2), label="first")
    second = data.draw(st.integers(first + 1, len(chunks) - 1), label="second")
    pieces = [blob[start:end] for start, end in chunks]
    pieces[first], pieces[second] = pieces[second], pieces[first]
    swapped = blob[:header_end] + b"".join(pieces)

    with pytest.raises(BackupDamaged if first > 0 else BackupError):
        decrypt(swapped)


@given(payload=st.binary(min_size=2, max_size=2000), data=st.data())
def test_a_dropped_or_repeated_chunk_is_detected(payload: bytes, data: st.DataObject) -> None:
    blob = make_backup(payload, chunk_size=1 + len(payload) // 5)
    header_end, chunks = layout(blob)
    pieces = [blob[start:end] for start, end in chunks]
    which = data.draw(st.integers(0, len(pieces) - 1), label="chunk")
    dropped = pieces[:which] + pieces[which + 1 :]
    repeated = pieces[: which + 1] + pieces[which:]
    for altered in (dropped, repeated):
        with pytest.raises(BackupError):
            decrypt(blob[:header_end] + b"".join(altered))


@given(payload=payloads, chunk_size=chunk_sizes, extra=st.binary(min_size=1, max_size=64))
def test_trailing_bytes_are_detected(payload: bytes, chunk_size: int, extra: bytes) -> None:
    with pytest.raises(BackupDamaged):
        decrypt(make_backup(payload, chunk_size) + extra)


def test_a_chunk_from_another_backup_is_detected() -> None:
    """Same key, same position, another backup's chunk: the header digest in the AAD differs."""
    ours = make_backup(b"a" * 30, chunk_size=10)
    theirs = make_backup(b"b" * 30, chunk_size=10)
    _, chunks = layout(ours)
    _, their_chunks = layout(theirs)
    start, end = their_chunks[1]
    spliced = ours[: chunks[1][0]] + theirs[start:end] + ours[chunks[1][1] :]
    with pytest.raises(BackupDamaged):
        decrypt(spliced)


def test_a_header_swapped_in_from_another_backup_is_detected() -> None:
    ours = make_backup(b"a" * 30, chunk_size=10)
    theirs = make_backup(b"b" * 30, chunk_size=10)
    our_end, _ = layout(ours)
    their_end, _ = layout(theirs)
    with pytest.raises(BackupWrongKey):
        decrypt(theirs[:their_end] + ours[our_end:])


# --- headers: not a backup, too new ------------------------------------------------------------


def raw_file(document: object, magic: bytes = MAGIC, tail: bytes = b"") -> bytes:
    body = document if isinstance(document, bytes) else json.dumps(document).encode()
    return magic + struct.pack(">I", len(body)) + body + tail


def valid_document(**changes: object) -> dict[str, object]:
    blob = make_backup(b"abc")
    header_end, _ = layout(blob)
    document = json.loads(blob[12:header_end])
    document.update(changes)
    return document


@pytest.mark.parametrize(
    "blob",
    [
        b"",
        b"OSCBAK",
        b"PK\x03\x04 this is a zip file, not a backup",
        b"SQLite format 3\x00" + bytes(100),
        b"OSCBAQ\x00\x01" + bytes(20),
        MAGIC,
        MAGIC + b"\x00\x00",
        MAGIC + struct.pack(">I", 0),
        MAGIC + struct.pack(">I", 0xFFFFFFFF) + b"{}",
        MAGIC + struct.pack(">I", 100) + b'{"format": 1',
    ],
    ids=[
        "empty",
        "short-magic",
        "zip",
        "sqlite",
        "bad-magic",
        "magic-only",
        "short-length",
        "zero-length",
        "huge-length",
        "header-cut-short",
    ],
)
def test_not_a_backup_is_damaged(blob: bytes) -> None:
    with pytest.raises(BackupDamaged):
        read_header(io.BytesIO(blob))
    with pytest.raises(BackupDamaged):
        decrypt(blob)


@pytest.mark.parametrize(
    "document",
    [
        b"not json at all",
        b"\xff\xfe\x00 not utf-8",
        b"[1, 2, 3]",
        b'"format"',
        {},
        {"format": "1"},
        {"format": True},
        {"format": 0},
    ],
    ids=["text", "not-utf8", "array", "string", "empty", "format-text", "format-bool", "zero"],
)
def test_a_header_that_is_not_a_backup_header_is_damaged(document: object) -> None:
    with pytest.raises(BackupDamaged):
        read_header(io.BytesIO(raw_file(document)))


@pytest.mark.parametrize(
    "changes",
    [
        {"kdf": "pbkdf2"},
        {"salt": "zz"},
        {"salt": "00" * 8},
        {"chunk_size": 0},
        {"chunk_size": 2**40},
        {"chunk_size": "1048576"},
        {"payload_bytes": -1},
        {"created_at": "yesterday"},
        {"created_at": "2026-11-23T17:20:05"},
        {"centre_code": None},
        {"app_version": 1},
        {"manifest": []},
        {"manifest": {"cases": -1}},
        {"manifest": {"cases": "50"}},
    ],
)
def test_a_header_with_a_bad_field_is_damaged(changes: dict[str, object]) -> None:
    with pytest.raises(BackupDamaged):
        read_header(io.BytesIO(raw_file(valid_document(**changes))))


def test_a_missing_field_is_damaged() -> None:
    for name in valid_document():
        document = valid_document()
        del document[name]
        with pytest.raises(BackupDamaged):
            read_header(io.BytesIO(raw_file(document)))


def test_unknown_extra_fields_in_format_1_are_ignored() -> None:
    header = read_header(io.BytesIO(raw_file(valid_document(note="added later"))))
    assert header.format == 1


@pytest.mark.parametrize("version", [2, 17])
def test_a_future_format_is_too_new(version: int) -> None:
    # A later format may change every other field; only "format" is looked at.
    blob = raw_file({"format": version, "something": "new"}, tail=os.urandom(50))
    with pytest.raises(BackupTooNew):
        read_header(io.BytesIO(blob))
    with pytest.raises(BackupTooNew):
        decrypt(blob)


def test_a_future_file_layout_is_too_new() -> None:
    blob = raw_file(valid_document(), magic=b"OSCBAK\x00\x02")
    with pytest.raises(BackupTooNew):
        read_header(io.BytesIO(blob))
    with pytest.raises(BackupDamaged):
        read_header(io.BytesIO(raw_file(valid_document(), magic=b"OSCBAK\x00\x00")))


def test_created_at_is_read_back_in_utc() -> None:
    moment = datetime(2026, 11, 23, 22, 50, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    header = replace(header_for(b""), created_at=moment)
    target = io.BytesIO()
    write_backup(io.BytesIO(b""), target, database_key=KEY, header=header)
    read = read_header(io.BytesIO(target.getvalue()))
    assert read.created_at == moment
    assert read.created_at.utcoffset() == timedelta(0)


# --- writer checks ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "changes",
    [
        {"format": 2},
        {"chunk_size": 0},
        {"payload_bytes": -1},
        {"created_at": datetime(2026, 11, 23, 17, 20)},
        {"manifest": {"cases": -3}},
    ],
)
def test_the_writer_refuses_an_unusable_header(changes: dict[str, object]) -> None:
    header = replace(header_for(b""), **changes)
    with pytest.raises(ValueError):
        write_backup(io.BytesIO(b""), io.BytesIO(), database_key=KEY, header=header)


@pytest.mark.parametrize("actual", [b"", b"abc", b"abcde"])
def test_the_writer_refuses_a_source_of_another_size(actual: bytes) -> None:
    header = header_for(b"abcd", chunk_size=2)
    with pytest.raises(ValueError):
        write_backup(io.BytesIO(actual), io.BytesIO(), database_key=KEY, header=header)


def test_backup_errors_are_osc_errors_with_user_messages() -> None:
    from osc_desktop import errors

    names = [
        "BackupError",
        "BackupDamaged",
        "BackupWrongKey",
        "BackupTooNew",
        "BackupFromAnotherCentre",
        "BackupTargetMissing",
        "BackupTargetFull",
        "BackupInUse",
    ]
    messages = set()
    for name in names:
        cls = getattr(errors, name)
        assert issubclass(cls, errors.BackupError)
        assert issubclass(cls, OscError)
        assert cls.context == "errors"
        assert cls.message and cls.advice
        messages.add(cls.message)
        assert str(cls()) == cls.message
    assert len(messages) == len(names)


def test_suffix() -> None:
    assert BACKUP_SUFFIX == ".oscbackup"


# --- constant memory -------------------------------------------------------------------------

BIG = 64 * 1024 * 1024
BLOCK = os.urandom(DEFAULT_CHUNK_SIZE + 7)  # not a multiple of the chunk size: reads straddle


class SyntheticSource(io.RawIOBase):
    """`size` bytes made on demand; records the largest read so a whole-file read shows."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.position = 0
        self.largest_read = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        assert size is not None and 0 <= size <= DEFAULT_CHUNK_SIZE, size
        self.largest_read = max(self.largest_read, size)
        size = min(size, self.size - self.position)
        start = self.position % len(BLOCK)
        piece = BLOCK[start : start + size]
        if len(piece) < size:
            piece += BLOCK[: size - len(piece)]
        self.position += len(piece)
        return piece


class HashingSink(io.RawIOBase):
    def __init__(self) -> None:
        self.digest = hashlib.sha256()
        self.written = 0

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        self.written += len(data)
        return len(data)


class WatchedFile(io.RawIOBase):
    def __init__(self, path: Path) -> None:
        self._file = path.open("rb", buffering=0)
        self.largest_read = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        assert size is not None and 0 <= size <= DEFAULT_CHUNK_SIZE + 16, size
        self.largest_read = max(self.largest_read, size)
        return self._file.read(size)

    def close(self) -> None:
        self._file.close()
        super().close()


def _peak_rss_reset() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def _rss_kib(field: str) -> int:
    text = Path("/proc/self/status").read_text()
    return int(re.search(rf"^{field}:\s+(\d+) kB", text, re.MULTILINE).group(1))


def test_memory_stays_constant_for_a_64_mib_payload(tmp_path: Path) -> None:
    path = tmp_path / ("big" + BACKUP_SUFFIX)
    expected = hashlib.sha256()
    reference = SyntheticSource(BIG)
    while piece := reference.read(DEFAULT_CHUNK_SIZE):
        expected.update(piece)

    big_header = replace(header_for(b""), payload_bytes=BIG)
    rss_checked = sys.platform.startswith("linux") and _peak_rss_reset()
    rss_before = _rss_kib("VmRSS") if rss_checked else 0
    tracemalloc.start()
    try:
        source = SyntheticSource(BIG)
        with path.open("wb") as target:
            write_backup(source, target, database_key=KEY, header=big_header)
        watched = WatchedFile(path)
        sink = HashingSink()
        try:
            decrypt_backup(watched, sink, database_key=KEY)
        finally:
            watched.close()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert sink.written == BIG
    assert sink.digest.digest() == expected.digest()
    assert source.largest_read <= DEFAULT_CHUNK_SIZE
    assert watched.largest_read <= DEFAULT_CHUNK_SIZE + 16
    assert path.stat().st_size == BIG + 64 * 20 + layout_header_size(path)
    # A handful of chunk-sized buffers at most, never anything near the 64 MiB payload.
    assert peak < 8 * DEFAULT_CHUNK_SIZE, peak
    if rss_checked:
        growth_kib = _rss_kib("VmHWM") - rss_before
        assert growth_kib < 32 * 1024, growth_kib


def layout_header_size(path: Path) -> int:
    with path.open("rb") as source:
        source.read(8)
        (length,) = struct.unpack(">I", source.read(4))
    return 12 + length


# --- the documented by-hand decryption -------------------------------------------------------


def test_the_script_in_the_docs_decrypts_a_backup_with_the_recovery_key(tmp_path: Path) -> None:
    text = DOCS.read_text(encoding="utf-8")
    match = re.search(r"<!-- decrypt-by-hand -->\s*```python\n(.*?)```", text, re.DOTALL)
    assert match, "the by-hand decryption script is missing from docs/backup-format.md"
    script = tmp_path / "decrypt_backup.py"
    script.write_text(match.group(1), encoding="utf-8")
    assert len(match.group(1).strip().splitlines()) <= 30

    payload = os.urandom(2 * 1000 + 5)
    backup = tmp_path / ("osc-UP-LKO-01-20261123T172005Z" + BACKUP_SUFFIX)
    backup.write_bytes(make_backup(payload, chunk_size=1000))
    out = tmp_path / "restored.db"
    done = subprocess.run(
        [sys.executable, str(script), str(backup), format_recovery_key(KEY), str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == payload
    assert "UP-LKO-01" in done.stdout

    damaged = bytearray(backup.read_bytes())
    damaged[-5] ^= 1
    backup.write_bytes(bytes(damaged))
    failed = subprocess.run(
        [sys.executable, str(script), str(backup), format_recovery_key(KEY), str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert failed.returncode != 0
    assert "InvalidTag" in failed.stderr


class FullDisk(io.RawIOBase):
    """Accepts `room` bytes, then fails as a full disk or a removed USB drive does."""

    def __init__(self, room: int) -> None:
        self.room = room

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:
        if len(data) > self.room:
            raise OSError(28, "No space left on device")
        self.room -= len(data)
        return len(data)


@pytest.mark.parametrize("room", [0, 10, 200, 5000])
def test_a_write_failure_reaches_the_caller_as_os_error(room: int) -> None:
    payload = os.urandom(10_000)
    with pytest.raises(OSError) as raised:
        write_backup(
            io.BytesIO(payload), FullDisk(room), database_key=KEY, header=header_for(payload, 999)
        )
    assert raised.value.errno == 28
    assert not isinstance(raised.value, OscError)
