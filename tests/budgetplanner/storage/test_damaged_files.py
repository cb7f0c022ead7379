"""200 damaged plans files: each is refused in one sentence, left as it was, nothing beside it."""

import json
import os
import random
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from plans_files import make_plans

from budgetplanner.storage import health
from budgetplanner.storage.health import StoreOpenError
from budgetplanner.storage.store import PlanStore

FILE = "plans.sqlite3"


def other_log(folder: Path) -> bytes:
    """The -wal file another plans file leaves when the power is cut while it is open."""
    other = folder / "other.sqlite3"
    make_plans(other, "Someone else")
    store = PlanStore.open(other)
    try:
        store.add_person("Another file's person")
        store.save()
        return (folder / "other.sqlite3-wal").read_bytes()
    finally:
        store.close()


def damaged_corpus(good: bytes, log: bytes, rng: random.Random) -> list[tuple[str, object]]:
    """(kind, what to put at the path): bytes, ("wal", bytes, bytes), "folder", "fifo"..."""
    corpus: list[tuple[str, object]] = []
    for _ in range(40):
        corpus.append(("truncated", good[:rng.randrange(1, len(good) - 1)]))
    pages = len(good) // 4096
    for _ in range(50):
        data = bytearray(good)
        # Flips in the file's header and the pages' own headers (what SQLite checks), not in
        # the words: a flipped letter in a name is a changed word, not a damaged file.
        for _ in range(rng.randrange(1, 6)):
            page = rng.randrange(pages)
            start = 100 if page == 0 else page * 4096
            at = rng.randrange(16, 28) if rng.random() < 0.2 else start + rng.randrange(0, 8)
            data[at] ^= 1 << rng.randrange(8)
        corpus.append(("flipped", bytes(data)))
    for size in (1, 15, 16, 100, 511, 1000, 1024, 2048, 4096, 4096, 8192, 8192, 12288,
                 16384, 40960, 5000, 33333, 65536, 1023, 4095):
        corpus.append(("random", rng.randbytes(size)))
    for _ in range(10):
        corpus.append(("header then random",
                       b"SQLite format 3\x00" + rng.randbytes(rng.choice([84, 4080, 8176]))))
    for _ in range(10):
        zeroed = bytearray(good)
        start = rng.randrange(0, 4096)  # a run of zeros from within the first page
        end = start + rng.randrange(4096, 3 * 4096)
        zeroed[start:end] = bytes(len(zeroed[start:end]))
        corpus.append(("zeroed", bytes(zeroed)))
    corpus += [("zero length", b"")] * 5
    corpus += [("text", b"Sita Patel, my support plan\n")] * 2
    corpus += [("bad utf-8 text", b"\xff\xfe\xfa not text \xc3\x28")] * 3
    corpus += [("plan file", json.dumps({"format": "bpplan", "person": "Sam"}).encode())] * 2
    corpus += [("folder", "folder")] * 5
    corpus += [("pipe", "fifo")] * 3
    corpus += [("unreadable", ("unreadable", good))] * 10
    corpus += [("foreign wal", ("wal", good, log))] * 20
    for _ in range(10):
        corpus.append(("bad utf-8 in a name", ("bad name", good)))
    for _ in range(10):
        broken = bytearray(log)
        broken[rng.randrange(32, len(broken))] ^= 0xFF
        corpus.append(("foreign wal, damaged", ("wal", good, bytes(broken))))
    return corpus


def put(folder: Path, what: object) -> Path:
    path = folder / FILE
    if what == "folder":
        path.mkdir()
    elif what == "fifo":
        os.mkfifo(path)
    elif isinstance(what, bytes):
        path.write_bytes(what)
    else:
        assert isinstance(what, tuple)
        if what[0] == "wal":
            path.write_bytes(what[1])
            path.with_name(FILE + "-wal").write_bytes(what[2])
        elif what[0] == "bad name":
            path.write_bytes(what[1])
            raw = sqlite3.connect(path)
            raw.execute("UPDATE people SET name = CAST(x'53616dff' AS TEXT)")
            raw.commit()
            raw.close()
        else:
            path.write_bytes(what[1])
    return path


def snapshot(folder: Path) -> dict[str, bytes | None]:
    return {name: (folder / name).read_bytes() if (folder / name).is_file() else None
            for name in sorted(os.listdir(folder))}


def test_two_hundred_damaged_files_each_get_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(19)
    good = make_plans(tmp_path / "good.sqlite3")
    log = other_log(tmp_path)
    corpus = damaged_corpus(good, log, rng)
    assert len(corpus) == 200
    unreadable: set[Path] = set()
    real_read = health.read_file

    def read(path: Path) -> bytes:
        if path in unreadable:  # run as root, permissions would not stop reading
            raise PermissionError(13, "Permission denied", str(path))
        return real_read(path)

    monkeypatch.setattr(health, "read_file", read)
    outcomes: Counter[str] = Counter()
    opened: list[str] = []
    for number, (kind, what) in enumerate(corpus):
        folder = tmp_path / f"{number:03d}"
        folder.mkdir()
        path = put(folder, what)
        if kind == "unreadable":
            unreadable.add(path)
        before = snapshot(folder)
        try:
            store = PlanStore.open(path)
        except StoreOpenError as refused:
            sentence = refused.problem.sentence
            assert sentence.endswith(".") and "\n" not in sentence, (kind, sentence)
            assert "Traceback" not in sentence and "Error" not in sentence
            assert snapshot(folder) == before, f"{kind}: the folder changed"
            outcomes[refused.problem.kind] += 1
            if kind in ("random", "header then random", "truncated", "zeroed"):
                assert refused.problem.kind != "in_use"
            if kind.startswith("foreign wal"):
                assert refused.problem.kind in ("foreign_wal", "damaged"), kind
            if kind in ("zero length", "flipped", "truncated"):
                assert refused.problem.kind in ("damaged", "not_a_plan_file",
                                                "locked", "newer"), (kind, refused.problem)
            continue
        # A flip in bytes SQLite never reads can leave a whole file: it opens as it is. A
        # log damaged in its first frame is ignored whole (SQLite applies none of it).
        opened.append(kind)
        try:
            assert store.find_person("Another file's person") is None
        finally:
            store.close()
    assert set(opened) <= {"flipped", "foreign wal, damaged"}, opened
    assert opened.count("flipped") < 25, opened
    assert outcomes["foreign_wal"] >= 20
    # Random bytes are "locked" only when they could be an encrypted file (whole pages).
    assert outcomes["locked"] <= 12
