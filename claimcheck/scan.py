"""The scan pipeline: walk files, extract what changed, store, reconcile; one transaction.

Unchanged files are recognised without reading them (same size and modification time, as
git does); a file whose stat changed but whose bytes hash the same only has its stat
updated.  Changed files are extracted in worker processes, in batches, so the corpus is
never held in memory at once.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice

from claimcheck.extract import extract_article, find_published
from claimcheck.ingest import DEFAULT_MAX_BYTES, ArticleText, FileEntry, Skipped, read_article, walk
from claimcheck.models import Article, ClaimRecord
from claimcheck.reconcile import reconcile_store
from claimcheck.store import ArticleState, ClaimStore

# Bump when extraction changes, so stored claims from an older extractor are redone.
EXTRACTOR_VERSION = "1"
BATCH_SIZE = 64

ProgressCallback = Callable[[int, int | None], None]


@dataclass(slots=True)
class ScanResult:
    """What one scan did."""

    files: int = 0
    extracted: int = 0
    reused: int = 0
    removed: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    claims: int = 0
    clusters: int = 0
    conflicts: int = 0


@dataclass(frozen=True, slots=True)
class ScanOptions:
    """Knobs of a scan; defaults suit a command-line run."""

    jobs: int = 0  # 0: all cores
    max_bytes: int = DEFAULT_MAX_BYTES
    prune: bool = True  # drop stored articles that vanished from scanned folders


def extract_file(entry: FileEntry, max_bytes: int) -> tuple[Article, list[ClaimRecord]] | Skipped:
    """Read, decode and extract one file (runs in a worker process)."""
    read = read_article(entry, max_bytes=max_bytes)
    if isinstance(read, Skipped):
        return read
    return _extract(read)


def _extract(read: ArticleText) -> tuple[Article, list[ClaimRecord]]:
    found = find_published(read.text)
    published: dt.date | None = found[0] if found else None
    article = Article(path=read.path, content_hash=read.content_hash, title=read.title,
                      published=published.isoformat() if published else None, encoding=read.encoding,
                      size=read.size, mtime_ns=read.mtime_ns)
    return article, extract_article(read.text, read.path)


def _batches(items: Iterator[FileEntry], size: int) -> Iterator[list[FileEntry]]:
    while batch := list(islice(items, size)):
        yield batch


def scan(paths: list[str], store: ClaimStore, options: ScanOptions = ScanOptions(),
         progress: ProgressCallback | None = None) -> ScanResult:
    """Bring the store up to date with the articles under ``paths`` and recompute conflicts."""
    result = ScanResult()
    states = store.article_states()
    seen: set[str] = set()
    roots: set[str] = set()
    jobs = options.jobs or os.cpu_count() or 1
    pool = ProcessPoolExecutor(max_workers=jobs) if jobs > 1 else None
    try:
        with store.transaction():
            entries = walk(paths, result.skipped)
            for batch in _batches(entries, BATCH_SIZE * max(jobs, 1)):
                todo: list[FileEntry] = []
                for entry in batch:
                    result.files += 1
                    seen.add(entry.path)
                    if entry.root:
                        roots.add(entry.root)
                    if _is_unchanged(entry, states.get(entry.path)):
                        result.reused += 1
                    else:
                        todo.append(entry)
                outputs = (pool.map(extract_file, todo, [options.max_bytes] * len(todo), chunksize=4)
                           if pool and len(todo) > 4 else map(extract_file, todo, [options.max_bytes] * len(todo)))
                for entry, output in zip(todo, outputs):
                    _store_output(store, entry, output, states.get(entry.path), result)
                if progress:
                    progress(result.files, None)
            if options.prune and roots:
                gone = [p for p in states if p not in seen and any(_is_under(p, root) for root in roots)]
                result.removed = store.remove_articles(gone) and len(gone)
            reconcile_store(store)
    finally:
        if pool:
            pool.shutdown(cancel_futures=True)
    counts = store.counts()
    result.claims, result.clusters, result.conflicts = counts["claims"], counts["clusters"], counts["conflicts"]
    return result


def _store_output(store: ClaimStore, entry: FileEntry, output: tuple[Article, list[ClaimRecord]] | Skipped,
                  state: ArticleState | None, result: ScanResult) -> None:
    if isinstance(output, Skipped):
        result.skipped.append(output)
        if state is not None:
            store.remove_articles([entry.path])
        return
    article, records = output
    if state is not None and state.content_hash == article.content_hash and state.extractor_version == EXTRACTOR_VERSION:
        store.touch_article(article.path, article.size, article.mtime_ns)
        result.reused += 1
        return
    store.replace_article(article, records, EXTRACTOR_VERSION)
    result.extracted += 1


def _is_unchanged(entry: FileEntry, state: ArticleState | None) -> bool:
    return (state is not None and entry.size >= 0 and state.size == entry.size and state.mtime_ns == entry.mtime_ns
            and state.extractor_version == EXTRACTOR_VERSION)


def _is_under(path: str, root: str) -> bool:
    return root in (".", "") or path == root or path.startswith(root.rstrip("/") + "/")
