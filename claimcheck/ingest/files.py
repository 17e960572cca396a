"""Walk the paths given on the command line and turn files into article text.

A file that cannot be read is not an exception: it becomes a ``Skipped`` record carrying the
reason (unreadable, broken link, link loop, vanished, too large, binary, empty, ...), so one
broken file never stops a scan.  Only a path named on the command line that does not exist
is an error.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from claimcheck.errors import IngestError
from claimcheck.ingest.decode import decode_bytes
from claimcheck.ingest.html import SourcePositions, html_to_text

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text", ".html", ".htm", ".xhtml"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
# Deeper folders are reported and not entered; real article trees are a few levels deep,
# and a runaway tree (a link farm, a recursive copy) would otherwise exhaust path limits.
MAX_DEPTH = 64
STDIN = "-"


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file that was not scanned, and why."""

    path: str
    reason: str

    def message(self) -> str:
        """One line for the terminal: the path with control characters escaped, and the reason."""
        return f"{printable(self.path)}: {printable(self.reason)}"


@dataclass(frozen=True, slots=True)
class FileEntry:
    """A candidate article file and its stat, taken once during the walk."""

    path: str  # as displayed and stored
    fs_path: str  # as opened
    size: int
    mtime_ns: int
    root: str | None  # the folder given on the command line this file was found under


@dataclass(frozen=True, slots=True)
class ArticleText:
    """Decoded article text, with what the store needs to recognise it next time.

    ``positions`` maps offsets in ``text`` to line/column in the file when they differ
    (HTML, where the text is extracted from markup); None for plain text.
    """

    path: str
    text: str
    content_hash: str
    size: int
    mtime_ns: int
    encoding: str
    title: str | None
    positions: SourcePositions | None = None


def printable(text: str) -> str:
    """``text`` safe to print on one line: control characters and undecodable bytes escaped.

    >>> printable("a\\nb\\udcff.txt")
    'a\\\\nb\\\\udcff.txt'
    """
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or ch == " " else ascii(ch)[1:-1] for ch in text)


def display_path(path: Path | str) -> str:
    """The path as users see it: relative to the current directory when below it, with '/'."""
    text = os.path.normpath(str(path))
    if os.path.isabs(text):
        # String arithmetic, not Path.resolve(): this runs once per file of every scan.
        cwd = os.getcwd()
        if text.startswith(cwd.rstrip(os.sep) + os.sep):
            text = text[len(cwd.rstrip(os.sep)) + 1:]
    return text.replace(os.sep, "/")


def walk(paths: list[str], skipped: list[Skipped], *, suffixes: frozenset[str] = ARTICLE_SUFFIXES,
         exclude_dirs: frozenset[str] = frozenset(), exclude_files: frozenset[str] = frozenset(),
         stdin_name: str | None = None) -> Iterator[FileEntry]:
    """Every article file under ``paths`` (files are taken as given, folders recursively, in
    sorted order).  Hidden folders such as .git and .claimcheck are never entered, nor are
    folders named in ``exclude_dirs``; files whose real path is in ``exclude_files`` (the
    claim store) are skipped.  Problems are appended to ``skipped``.  Text read from ``-``
    (standard input) is stored under ``stdin_name`` when given, else as ``-``.

    Raises IngestError, before yielding anything, when a given path does not exist.
    """
    missing = [p for p in paths if p != STDIN and not os.path.lexists(p)]
    if missing:
        raise IngestError(f"{printable(missing[0])}: no such file or directory")
    return _walk(paths, skipped, suffixes, exclude_dirs, exclude_files, stdin_name)


def _walk(paths: list[str], skipped: list[Skipped], suffixes: frozenset[str], exclude_dirs: frozenset[str],
          exclude_files: frozenset[str], stdin_name: str | None = None) -> Iterator[FileEntry]:
    for given in paths:
        if given == STDIN:
            yield FileEntry(display_path(stdin_name) if stdin_name else STDIN, STDIN, -1, -1, None)
            continue
        if os.path.isdir(given):
            root = display_path(given)
            yield from _walk_dir(given, root, skipped, suffixes, exclude_dirs, exclude_files)
        else:
            entry = _entry(given, None, skipped, exclude_files)
            if entry:
                yield entry


def _walk_dir(top: str, root: str, skipped: list[Skipped], suffixes: frozenset[str], exclude_dirs: frozenset[str],
              exclude_files: frozenset[str]) -> Iterator[FileEntry]:
    """Depth-first, sorted, without recursion (deep trees cannot exhaust the stack).

    Links to folders are followed; a folder reached a second time (a link loop, or two links
    to one folder) is reported and not entered again.
    """
    seen: set[tuple[int, int]] = set()
    stack: list[tuple[str, int]] = [(top, 0)]
    while stack:
        folder, depth = stack.pop()
        try:
            st = os.stat(folder)
        except OSError as exc:
            skipped.append(Skipped(display_path(folder), _os_reason(exc, folder, "cannot enter folder")))
            continue
        if (st.st_dev, st.st_ino) in seen:
            skipped.append(Skipped(display_path(folder), "folder already scanned through another path "
                                                         "(symbolic link loop?), not entered again"))
            continue
        seen.add((st.st_dev, st.st_ino))
        try:
            with os.scandir(folder) as listing:
                children = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            skipped.append(Skipped(display_path(folder), _os_reason(exc, folder, "cannot list folder")))
            continue
        subfolders: list[str] = []
        for child in children:
            if child.name.startswith("."):
                continue
            try:
                is_dir = child.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                if child.name not in exclude_dirs:
                    subfolders.append(child.path)
                continue
            if Path(child.name).suffix.lower() not in suffixes:
                continue
            entry = _entry(child.path, root, skipped, exclude_files)
            if entry:
                yield entry
        if subfolders and depth + 1 > MAX_DEPTH:
            skipped.append(Skipped(display_path(folder), f"folders nested deeper than {MAX_DEPTH} levels, not entered"))
            continue
        stack.extend((path, depth + 1) for path in reversed(subfolders))


def _os_reason(exc: OSError, path: str, what: str) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if exc.errno == errno.ENOENT:
        return "broken symbolic link" if os.path.islink(path) else "vanished during the scan"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"{what}: permission denied"
    if exc.errno == errno.ENAMETOOLONG:
        return f"{what}: path too long"
    return f"{what}: {exc.strerror or exc}"


def _entry(fs_path: str, root: str | None, skipped: list[Skipped], exclude_files: frozenset[str]) -> FileEntry | None:
    shown = display_path(fs_path)
    try:
        shown.encode("utf-8")
    except UnicodeEncodeError:
        skipped.append(Skipped(shown, "file name is not valid UTF-8; rename the file to scan it"))
        return None
    try:
        st = os.stat(fs_path)
    except OSError as exc:
        skipped.append(Skipped(shown, _os_reason(exc, fs_path, "cannot read")))
        return None
    if not stat.S_ISREG(st.st_mode):
        skipped.append(Skipped(shown, "not a regular file"))
        return None
    if exclude_files and os.path.realpath(fs_path) in exclude_files:
        skipped.append(Skipped(shown, "the claim store itself, not an article"))
        return None
    return FileEntry(shown, fs_path, st.st_size, st.st_mtime_ns, root)


def _too_large(size: int, max_bytes: int) -> str:
    limit = f"{max_bytes / (1024 * 1024):g} MB" if max_bytes >= 1024 * 1024 else f"{max_bytes:,} bytes"
    return f"larger than the {limit} limit ({size:,} bytes; see --max-size)"


def read_article(entry: FileEntry, *, max_bytes: int = DEFAULT_MAX_BYTES) -> ArticleText | Skipped:
    """Read and decode one file; any problem comes back as ``Skipped`` with its reason."""
    try:
        if entry.fs_path == STDIN:
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            if entry.size > max_bytes:
                return Skipped(entry.path, _too_large(entry.size, max_bytes))
            with open(entry.fs_path, "rb") as handle:
                data = handle.read(max_bytes + 1)
    except OSError as exc:
        return Skipped(entry.path, _os_reason(exc, entry.fs_path, "cannot read"))
    if len(data) > max_bytes:
        return Skipped(entry.path, _too_large(len(data), max_bytes))
    if not data.strip():
        return Skipped(entry.path, "empty file")
    decoded = decode_bytes(data)
    if isinstance(decoded, str):
        return Skipped(entry.path, decoded)
    text, encoding = decoded
    title: str | None = None
    positions: SourcePositions | None = None
    if Path(entry.path).suffix.lower() in HTML_SUFFIXES or (entry.fs_path == STDIN and text.lstrip()[:1] == "<"):
        text, title, positions = html_to_text(text)
    if not text.strip():
        return Skipped(entry.path, "no text (only markup)" if positions is not None else "empty file")
    if title is None:
        title = next((line.strip()[:200] for line in text.splitlines() if line.strip()), None)
    return ArticleText(entry.path, text, hashlib.sha256(data).hexdigest(), len(data),
                       entry.mtime_ns, encoding, title, positions)
