"""Reading a SQLite write-ahead log (the "-wal" file) without SQLite, to check it belongs.

SQLite applies whatever "-wal" file lies beside a database when it opens it, even one left by
another file: the plans would then silently become another file's. So before the plans file
is opened, its log is read here (format: https://www.sqlite.org/fileformat2.html#walformat)
and laid over a copy of the file in memory, where it can be checked; nothing on disk changes.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

HEADER_SIZE = 32
FRAME_HEADER_SIZE = 24
MAGIC_LITTLE = 0x377F0682
MAGIC_BIG = 0x377F0683
VERSION = 3007000
MASK = 0xFFFFFFFF


@dataclass(frozen=True)
class Log:
    """What a write-ahead log holds: its page size and the committed pages, in order."""

    page_size: int
    frames: list[tuple[int, bytes]]  # (page number, page), every frame up to the last commit
    pages_after: int  # the database's size in pages after the last commit (0: nothing)


def database_page_size(header: bytes) -> int:
    """The page size a SQLite database header names (0 when the header is too short)."""
    if len(header) < 18:
        return 0
    size = int.from_bytes(header[16:18], "big")
    return 65536 if size == 1 else size


def _checksum(data: bytes, order: str, first: int, second: int) -> tuple[int, int]:
    words = iter(struct.unpack(f"{order}{len(data) // 4}I", data))
    for one, two in zip(words, words, strict=True):
        first = (first + one + second) & MASK
        second = (second + two + first) & MASK
    return first, second


def read_log(data: bytes) -> Log | None:
    """The committed frames of a log, as SQLite would recover them; None: SQLite ignores it.

    A log whose header is not valid is ignored by SQLite (nothing of it is applied), and so
    are frames after the first that does not check out, and frames after the last commit.
    """
    if len(data) < HEADER_SIZE:
        return None
    magic, version, page_size = struct.unpack(">III", data[:12])
    if magic not in (MAGIC_LITTLE, MAGIC_BIG) or version != VERSION:
        return None
    if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        return None
    order = ">" if magic == MAGIC_BIG else "<"
    salts = data[16:24]
    check = _checksum(data[:24], order, 0, 0)
    if check != struct.unpack(">II", data[24:32]):
        return None
    frames: list[tuple[int, bytes]] = []
    committed: list[tuple[int, bytes]] = []
    pages_after = 0
    offset = HEADER_SIZE
    while offset + FRAME_HEADER_SIZE + page_size <= len(data):
        head = data[offset:offset + FRAME_HEADER_SIZE]
        page = data[offset + FRAME_HEADER_SIZE:offset + FRAME_HEADER_SIZE + page_size]
        number, commit = struct.unpack(">II", head[:8])
        if number == 0 or head[8:16] != salts:
            break
        check = _checksum(head[:8], order, *check)
        check = _checksum(page, order, *check)
        if check != struct.unpack(">II", head[16:24]):
            break
        frames.append((number, page))
        if commit:
            committed = list(frames)
            pages_after = commit
        offset += FRAME_HEADER_SIZE + page_size
    return Log(page_size, committed, pages_after)


def apply(database: bytes, log: Log) -> bytes:
    """The database as SQLite would see it with the log's committed frames laid over it."""
    if not log.frames:
        return database
    merged = bytearray(database)
    size = log.page_size
    for number, page in log.frames:
        start = (number - 1) * size
        if len(merged) < start + size:
            merged.extend(bytes(start + size - len(merged)))
        merged[start:start + size] = page
    del merged[log.pages_after * size:]
    if len(merged) < log.pages_after * size:
        merged.extend(bytes(log.pages_after * size - len(merged)))
    return bytes(merged)
