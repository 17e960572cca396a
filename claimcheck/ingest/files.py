"""Walk the paths given on the command line and turn files into article text.

A file that cannot be read is not an exception: it becomes a ``Skipped`` record carrying the
reason, so one broken file never stops a scan.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from claimcheck.errors import IngestError
from claimcheck.ingest.decode import decode_bytes
from claimcheck.ingest.html import html_to_text

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text", ".html", ".htm", ".xhtml"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
STDIN = "-"


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file that was not scanned, and why."""

    path: str
    reason: str


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
    """Decoded article text, with what the store needs to recognise it next time."""

    path: str
    text: str
    content_hash: str
    size: int
    mtime_ns: int
    encoding: str
    title: str | None


def display_path(path: Path | str) -> str:
    """The path as users see it: relative to the current directory when below it, with '/'."""
    p = Path(path)
    try:
        rel = p.resolve().relative_to(Path.cwd().resolve()) if p.is_absolute() else p
    except ValueError:
        rel = p
    text = os.path.normpath(str(rel))
    return text.replace(os.sep, "/")


def walk(paths: list[str], skipped: list[Skipped], *, suffixes: frozenset[str] = ARTICLE_SUFFIXES,
         exclude_dirs: frozenset[str] = frozenset()) -> Iterator[FileEntry]:
    """Every article file under ``paths`` (files are taken as given, folders recursively, in
    sorted order).  Hidden folders such as .git and .claimcheck are never entered."""
    for given in paths:
        if given == STDIN:
            yield FileEntry(STDIN, STDIN, -1, -1, None)
            continue
        if not os.path.lexists(given):
            raise IngestError(f"{given}: no such file or directory")
        if os.path.isdir(given):
            root = display_path(given)
            yield from _walk_dir(given, root, skipped, suffixes, exclude_dirs)
        else:
            entry = _entry(given, None, skipped)
            if entry:
                yield entry


def _walk_dir(top: str, root: str, skipped: list[Skipped], suffixes: frozenset[str],
              exclude_dirs: frozenset[str]) -> Iterator[FileEntry]:
    seen_dirs: set[tuple[int, int]] = set()

    def onerror(err: OSError) -> None:
        skipped.append(Skipped(display_path(err.filename or top), f"cannot list folder: {err.strerror or err}"))

    for dirpath, dirnames, filenames in os.walk(top, onerror=onerror, followlinks=False):
        try:
            st = os.stat(dirpath)
            key = (st.st_dev, st.st_ino)
            if key in seen_dirs:
                dirnames[:] = []
                continue
            seen_dirs.add(key)
        except OSError:
            pass
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in exclude_dirs)
        for name in sorted(filenames):
            if name.startswith(".") or Path(name).suffix.lower() not in suffixes:
                continue
            entry = _entry(os.path.join(dirpath, name), root, skipped)
            if entry:
                yield entry


def _entry(fs_path: str, root: str | None, skipped: list[Skipped]) -> FileEntry | None:
    shown = display_path(fs_path)
    try:
        st = os.stat(fs_path)
    except FileNotFoundError:
        reason = "broken symbolic link" if os.path.islink(fs_path) else "vanished during the scan"
        skipped.append(Skipped(shown, reason))
        return None
    except OSError as exc:
        skipped.append(Skipped(shown, f"cannot read: {exc.strerror or exc}"))
        return None
    if not os.path.isfile(fs_path):
        skipped.append(Skipped(shown, "not a regular file"))
        return None
    return FileEntry(shown, fs_path, st.st_size, st.st_mtime_ns, root)


def read_article(entry: FileEntry, *, max_bytes: int = DEFAULT_MAX_BYTES) -> ArticleText | Skipped:
    """Read and decode one file; any problem comes back as ``Skipped`` with its reason."""
    try:
        if entry.fs_path == STDIN:
            data = sys.stdin.buffer.read()
        else:
            if entry.size > max_bytes:
                return Skipped(entry.path, f"larger than the {max_bytes // (1024 * 1024)} MB limit ({entry.size:,} bytes)")
            with open(entry.fs_path, "rb") as handle:
                data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        return Skipped(entry.path, "vanished during the scan")
    except OSError as exc:
        return Skipped(entry.path, f"cannot read: {exc.strerror or exc}")
    if len(data) > max_bytes:
        return Skipped(entry.path, f"larger than the {max_bytes // (1024 * 1024)} MB limit")
    decoded = decode_bytes(data)
    if isinstance(decoded, str):
        return Skipped(entry.path, decoded)
    text, encoding = decoded
    title: str | None = None
    if Path(entry.path).suffix.lower() in HTML_SUFFIXES or (entry.path == STDIN and text.lstrip()[:1] == "<"):
        text, title = html_to_text(text)
    if title is None:
        title = next((line.strip()[:200] for line in text.splitlines() if line.strip()), None)
    return ArticleText(entry.path, text, hashlib.sha256(data).hexdigest(), len(data),
                       entry.mtime_ns, encoding, title)
