"""Writing the person's files privately and whole, and making only the folders we own private.

Every file the program writes (a printed plan, a CSV, a plan file, a statement) holds the same
special-category words as the plans file, so it is readable by its owner only (0600 on POSIX)
and written whole or not at all: into a temporary file in the same folder, flushed to disk,
then renamed over the old one in one step. A crash leaves the old file or the new one.

Folders the person chose are never changed; a folder the program makes for itself is made
owner-only as it is made.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def _sync_folder(folder: Path) -> None:
    # The rename is only durable once the folder's own entry list is on disk (POSIX).
    if os.name != "posix":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass  # some file systems cannot sync a folder; the file itself is on disk
    finally:
        os.close(handle)


def private_scratch(path: Path) -> Path:
    """An empty owner-only file beside `path` to build it in (a PDF is drawn, then tagged);
    the caller puts the result in place with write_private and removes the scratch file."""
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".building",
                                    dir=path.parent)
    os.close(handle)
    return Path(name)


def write_private_through(path: Path, write: Callable[[Path], object]) -> Path:
    """Like write_private, for a writer that wants a file name (ReportLab, csv): `write`
    fills an owner-only scratch file beside `path`, which then replaces `path` in one step."""
    make_private_folder(path.parent)
    scratch = private_scratch(path)
    try:
        write(scratch)
        with scratch.open("rb+") as written:
            os.fsync(written.fileno())
        if os.name == "posix":
            os.chmod(scratch, PRIVATE_FILE)  # a writer that replaced the file made it anew
        os.replace(scratch, path)
    finally:
        scratch.unlink(missing_ok=True)
    _sync_folder(path.parent)
    return path


def write_private(path: Path, data: bytes | str, *, encoding: str = "utf-8") -> Path:
    """Write `data` to `path` whole, readable by its owner only; returns `path`.

    Text is written as given (no newline translation), so CSV line ends stay as made.
    Raises OSError (with the folder's own reason) when the folder cannot be written to; the
    old file, if any, is then left as it was and no temporary file is left behind.
    """
    payload = data.encode(encoding) if isinstance(data, str) else data
    folder = path.parent
    # mkstemp makes the file 0600 from the first byte, whatever the umask.
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=folder)
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
            out.flush()
            os.fsync(out.fileno())
        if os.name == "posix":
            os.chmod(temporary, PRIVATE_FILE)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    _sync_folder(folder)
    return path


def create_private_file(path: Path) -> None:
    """Make a new, empty file readable by its owner only; FileExistsError if one is there.

    SQLite then writes into it, and gives its "-wal" and "-shm" files the same mode, so no
    copy of the plans is ever readable by others, not even for a moment.
    """
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    if os.name == "posix":
        os.chmod(path, PRIVATE_FILE)  # the mode given to open is reduced by the umask


def make_private_folder(folder: Path) -> list[Path]:
    """Make `folder` (and any missing parents) owner-only as they are made.

    Folders that already exist are left exactly as they are, whoever owns them: the person
    chose them, or they are shared (like the system's temporary folder). Returns the folders
    that were made. Raises OSError when a folder cannot be made.
    """
    missing: list[Path] = []
    each = folder
    while not each.exists():
        missing.append(each)
        if each.parent == each:
            break
        each = each.parent
    made = []
    for new in reversed(missing):
        try:
            new.mkdir(mode=PRIVATE_FOLDER)
        except FileExistsError:
            continue  # made by someone else at the same moment: theirs, not ours
        if os.name == "posix":
            os.chmod(new, PRIVATE_FOLDER)  # mkdir's mode is reduced by the umask
        made.append(new)
    return made
