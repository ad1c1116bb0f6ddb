"""Files in and out: atomic writes, the append-only journal line, bounded reads, the one decoder.

Every file press writes goes through :func:`atomic_file` (a temporary file in the
same folder, fsync, rename), so a reader or a crash sees the old file or the new
one, never a mix. Every text press reads from a person — a pushed PO file, a
source release, a hand-edited ``source.md``, the config — goes through
:func:`decode_text`: bounded, UTF-8 (a byte-order mark dropped), no NUL, LF line
ends. (The journal is read through :func:`read_bytes` and decoded line by line,
so that one torn line costs only itself.)
"""

from __future__ import annotations

import contextlib
import contextvars
import os
import re
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import InputError, WorkspaceError

MB = 1024 * 1024
_UMASK = os.umask(0o22)
os.umask(_UMASK)


# Writing

_CONFINED: contextvars.ContextVar[tuple[Path, Path] | None] = contextvars.ContextVar(
    "confined", default=None
)
"""The workspace being written (its path as given, and as the file system resolves it)."""


@contextlib.contextmanager
def confined_to(root: Path) -> Iterator[None]:
    """While held, no write into ``root`` may follow a link out of it.

    A cloned repository can carry a link (``exports/<id>``, ``translations/ru``, a
    journal) that points elsewhere; :meth:`Workspace.lock` holds this, so every write
    a command makes in its workspace is checked by :func:`check_target`.
    """
    token = _CONFINED.set((Path(os.path.abspath(root)), Path(os.path.realpath(root))))
    try:
        yield
    finally:
        _CONFINED.reset(token)


def check_target(path: Path) -> None:
    """Refuse to write ``path`` when it is a link, a device, a FIFO or a folder, or
    (inside the workspace being written) when a folder on its way leads out of it."""
    confined = _CONFINED.get()
    absolute = Path(os.path.abspath(path))
    inside = confined is not None and absolute.is_relative_to(confined[0])
    shown = absolute.relative_to(confined[0]) if inside else path
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise InputError(f"cannot write {shown}: {exc.strerror}", "check the path") from None
    if info is not None and stat.S_ISLNK(info.st_mode):
        raise InputError(
            f"{shown} is a symbolic link: press replaces only files themselves",
            "replace the link with the file itself" if inside else "give the file's own path",
        )
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise InputError(f"{shown} is not a regular file", "give the path of a file")
    if inside:
        given, real = confined
        if not Path(os.path.realpath(absolute.parent)).is_relative_to(real):
            parts = absolute.parent.relative_to(given).parts
            link = next(  # the folder on the way that is the link, to name it
                (
                    Path(*parts[: n + 1])
                    for n in range(len(parts))
                    if os.path.islink(given.joinpath(*parts[: n + 1]))
                ),
                Path(*parts),
            )
            raise WorkspaceError(
                f"{link} is a link that leads out of the workspace",
                "replace the link with the folder itself: press writes only inside the workspace",
            )


def file_stamp(path: Path | str) -> tuple[int, int, int] | None:
    """A file as it is now: (size, mtime, inode), None if it is not there. Every write of
    press replaces a file, so two writes within the clock's granularity still differ."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ino)


_TEMPORARY_RE = re.compile(r"\..+\.[a-z0-9_]{8}\.tmp")


def is_temporary(name: str) -> bool:
    """Whether a file name is one :func:`atomic_file` gives its temporary files
    (``.NAME.XXXXXXXX.tmp``): an interrupted write leaves one behind."""
    return _TEMPORARY_RE.fullmatch(name) is not None


@contextlib.contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """A binary file that replaces ``path`` when the block succeeds, and never in part.

    Written to a temporary file in the same folder, fsynced, then renamed.
    """
    path = Path(path)
    check_target(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, _mode_for(path))
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    fsync_dir(path.parent)


def _mode_for(path: Path) -> int:
    """The replaced file's permissions, or what a new file gets under the umask.

    (mkstemp makes files only their owner can read; a shared workspace needs better.)
    """
    try:
        return path.stat().st_mode & 0o7777
    except FileNotFoundError:
        return 0o666 & ~_UMASK


def atomic_write(path: Path, data: bytes | str) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never a mix."""
    with atomic_file(path) as handle:
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)


def append_line(path: Path, line: str) -> None:
    """Append one line to a log file and flush it to disk (the journal is append-only).

    After a line torn by a crash (no line break at the end), the new line still
    starts a line of its own, so it is not lost with the torn one.
    """
    check_target(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+b") as handle:
        data = (line.rstrip("\n") + "\n").encode("utf-8")
        if handle.seek(0, os.SEEK_END) > 0:
            handle.seek(-1, os.SEEK_END)
            if handle.read(1) != b"\n":
                data = b"\n" + data
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (where the platform allows)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# Reading


def read_bytes(path: Path, *, limit: int, name: str | None = None) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; else one clear refusal.

    A folder, a device or a FIFO is refused before it is opened for reading, and a
    file that grows past the limit while it is read is refused too.
    """
    name = name or Path(path).name
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError(f"no such file: {path}", "check the path") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}", "check the path") from None
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{name} is not a regular file", "give the path of a file")
    _check_size(info.st_size, limit, name)
    try:
        with open(path, "rb") as handle:
            # the size it had, and one byte more: a read of ``limit + 1`` would set up a
            # buffer of the limit (64 MB for a PO file) for every small file
            data = handle.read(info.st_size + 1)
            if len(data) > info.st_size:  # it grew while read: read on, up to the limit
                data += handle.read(limit + 1 - len(data))
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}", "check the path") from None
    _check_size(len(data), limit, name)
    return data


def _check_size(size: int, limit: int, name: str) -> None:
    if size > limit:
        raise InputError(
            f"{name} is larger than {limit // MB} MB", "check that it is the right file"
        )


def decode_text(
    data: bytes, name: str, *, limit: int, fix: str, encoding: str = "utf-8-sig"
) -> str:
    """Bytes a person wrote, as text: bounded, UTF-8 (a BOM dropped), no NUL, LF line ends.

    ``fix`` says what to do when the bytes are not UTF-8 text. ``encoding`` is another
    one the bytes declare themselves (a PO file's ``charset=CP1251``).

    >>> decode_text(b"\\xef\\xbb\\xbfA\\r\\nB\\r", "x.txt", limit=MB, fix="save it as UTF-8")
    'A\\nB\\n'
    """
    _check_size(len(data), limit, name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name} is UTF-16 text, not UTF-8", fix)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        shown = "UTF-8" if encoding.startswith("utf-8") else encoding.upper()
        raise InputError(f"{name} is not {shown} text (byte {exc.start})", fix) from None
    if "\x00" in text:
        raise InputError(f"{name} is not a text file", fix)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: Path, *, limit: int, name: str | None = None, fix: str) -> str:
    """A text file through :func:`read_bytes` and :func:`decode_text`."""
    name = name or Path(path).name
    return decode_text(read_bytes(path, limit=limit, name=name), name, limit=limit, fix=fix)
