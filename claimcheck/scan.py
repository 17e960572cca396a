"""The scan pipeline: walk files, extract what changed, store, reconcile; one transaction.

Unchanged files are recognised without reading them (same size and modification time, as
git does); a file whose stat changed but whose bytes hash the same only has its stat
updated.  Changed files are extracted in worker processes, in batches, so the corpus is
never held in memory at once.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice

from claimcheck.extract import article_topic
from claimcheck.extract.claims import (
    CurrencyCues,
    currencies_from_siblings,
    dated_by,
    extract_article_cues,
    story_currency,
)
from claimcheck.extract.dates import read_date_line, years_from_siblings
from claimcheck.ingest.files import STDIN
from claimcheck.ingest import (
    DEFAULT_MAX_BYTES,
    ArticleText,
    FileEntry,
    Skipped,
    read_article,
    walk,
)
from claimcheck.models import Article, ClaimRecord
from claimcheck.reconcile import update_conflicts
from claimcheck.store import ArticleState, ClaimStore

# Bump when extraction changes, so stored claims from an older extractor are redone.
EXTRACTOR_VERSION = "132"
BATCH_SIZE = 64

ProgressCallback = Callable[[int, int | None], None]


@dataclass(slots=True)
class ScanResult:
    """What one scan did."""

    files: int = 0
    extracted: int = 0
    reused: int = 0
    removed: int = 0
    redated: int = 0  # re-read for what the other articles on their story give them (read_again_for_story)
    skipped: list[Skipped] = field(default_factory=list)
    claims: int = 0
    clusters: int = 0
    conflicts: int = 0

    @property
    def scanned(self) -> int:
        """Articles now in the store from this scan's paths: read, or unchanged."""
        return self.extracted + self.reused


@dataclass(frozen=True, slots=True)
class ScanOptions:
    """Knobs of a scan; defaults suit a command-line run."""

    jobs: int = 0  # 0: all cores
    max_bytes: int = DEFAULT_MAX_BYTES
    prune: bool = True  # drop stored articles that vanished from scanned folders
    stdin_name: str | None = None  # the path to store text read from "-" under


def extract_file(entry: FileEntry, max_bytes: int, published: dt.date | None = None,
                 currencies: Mapping[str, str] | None = None) -> tuple[Article, list[ClaimRecord]] | Skipped:
    """Read, decode and extract one file (runs in a worker process); ``published``: the date
    another article on its story gives its yearless date line, ``currencies``: the currencies
    its story gives the currency words it leaves undecided (claims.currencies_from_siblings)."""
    read = read_article(entry, max_bytes=max_bytes)
    if isinstance(read, Skipped):
        return read
    try:
        return _extract(read, published, currencies)
    except Exception as exc:  # noqa: BLE001 - one article that trips the extractor must not stop the scan
        return Skipped(read.path, f"extraction failed ({type(exc).__name__}: {exc}); please report this as a bug")


def _extract_args(args: tuple[FileEntry, int]) -> tuple[Article, list[ClaimRecord]] | Skipped:
    return extract_file(*args)


def _worker_init() -> None:
    # Ctrl-C (or a SIGTERM to the process group) reaches every process: the main process
    # handles it and shuts the pool down; workers dying on their own would break the pool and
    # print tracebacks.  When the main process is killed outright, their queue closes and
    # they exit.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)


def _extract(read: ArticleText, given: dt.date | None = None, currencies: Mapping[str, str] | None = None
             ) -> tuple[Article, list[ClaimRecord]]:
    line = read_date_line(read.text)
    published, dateline = dated_by(line, given)
    # A yearless date line is stored as the date the story's own words gave it, or as its day
    # alone ("--11-06"): dated articles on the story may give it a year (read_again_for_story).
    stored_line = None
    if line.yearless:
        month, day, _span = line.yearless
        stored_line = line.published.isoformat() if line.published else f"--{month:02d}-{day:02d}"
    records, cues = extract_article_cues(read.text, read.path, published, dateline)
    currencies = currencies or {}
    story_currency(records, currencies)
    article = Article(path=read.path, content_hash=read.content_hash, title=read.title,
                      published=published.isoformat() if published else None, dateline=stored_line,
                      topic=article_topic(read.text), currency_cues=cues.dumps(),
                      story_currency=_currencies_text(currencies), encoding=read.encoding, size=read.size,
                      mtime_ns=read.mtime_ns)
    if read.positions is not None:
        # HTML: offsets are in the extracted text, line and column in the file as written.
        for record in records:
            line, column = read.positions.position(record.claim.start)
            record.claim = record.claim.model_copy(update={"line": line, "column": column})
    return article, records


def _batches(items: Iterator[FileEntry], size: int) -> Iterator[list[FileEntry]]:
    while batch := list(islice(items, size)):
        yield batch


def scan(paths: list[str], store: ClaimStore, options: ScanOptions = ScanOptions(),
         progress: ProgressCallback | None = None) -> ScanResult:
    """Bring the store up to date with the articles under ``paths`` and recompute conflicts."""
    result = ScanResult()
    seen: set[str] = set()
    walked: dict[str, FileEntry] = {}
    roots: set[str] = set()
    jobs = options.jobs or os.cpu_count() or 1
    pool: ProcessPoolExecutor | None = None
    entries = walk(paths, result.skipped, exclude_files=store.files(), stdin_name=options.stdin_name)
    try:
        with store.transaction():
            # Read inside the write lock: a concurrent scan that committed while this one
            # waited has changed them.
            states = store.article_states()
            for batch in _batches(entries, BATCH_SIZE * max(jobs, 1)):
                todo: list[FileEntry] = []
                for entry in batch:
                    result.files += 1
                    seen.add(entry.path)
                    walked[entry.path] = entry
                    if entry.root:
                        roots.add(entry.root)
                    if _is_unchanged(entry, states.get(entry.path)):
                        result.reused += 1
                    else:
                        todo.append(entry)
                args = [(entry, options.max_bytes) for entry in todo]
                outputs: Iterator[tuple[Article, list[ClaimRecord]] | Skipped] = map(_extract_args, args)
                if jobs > 1 and len(todo) > 4:
                    pool = pool or ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init)
                    # Workers are forked while submitting: a signal in the middle of a fork is
                    # swallowed by at-fork hooks, so it waits until the forks are done.
                    with _signals_held():
                        outputs = pool.map(_extract_args, args, chunksize=4)
                for entry, output in zip(todo, outputs):
                    _store_output(store, entry, output, states.get(entry.path), result)
                if progress:
                    progress(result.files, None)
            if options.prune and roots:
                gone = [p for p in states if p not in seen and any(_is_under(p, root) for root in roots)]
                result.removed = store.remove_articles(gone) and len(gone)
            if result.extracted or result.removed:
                result.redated = read_again_for_story(store, walked, options.max_bytes)
            update_conflicts(store)
    finally:
        if pool:
            # Interrupted or not, workers finish the article in hand and exit: killing them
            # would break the pool mid-message.  Pending articles are dropped.
            pool.shutdown(wait=True, cancel_futures=True)
    counts = store.counts()
    result.claims, result.clusters, result.conflicts = counts["claims"], counts["clusters"], counts["conflicts"]
    return result


def read_again_for_story(store: ClaimStore, walked: dict[str, FileEntry], max_bytes: int) -> int:
    """Re-extract the articles that the other articles on their story now read differently:
    a wire date line without a year takes the year of the dated articles on its story
    (dates.years_from_siblings), else the one its story's own words suggest; bare sums in a
    currency word the article leaves undecided take the currency its story writes them in
    (claims.currencies_from_siblings).  Only files walked in this scan are re-read.  Returns
    how many were."""
    yearless, dated = store.story_dates()
    dates: dict[str, tuple[dt.date | None, bool]] = {}  # the date each yearless one is to be read against, changed?
    if yearless:
        found = years_from_siblings([(line, topic) for _path, line, _given, topic in yearless], dated)
        for (path, line, given, _topic), date in zip(yearless, found):
            own = line if line[:1].isdigit() else None  # the date the story's own words gave it
            dates[path] = (date, (date.isoformat() if date else own) != given)
    stored = store.story_currencies()
    currencies = currencies_from_siblings([(CurrencyCues.loads(cues), topic) for _path, cues, _given, topic in stored])
    redone = 0
    for (path, _cues, given_currencies, _topic), wanted in zip(stored, currencies):
        entry = walked.get(path)
        date, redate = dates.get(path, (None, False))
        if entry is None or entry.fs_path == STDIN or not (redate or _currencies_text(wanted) != given_currencies):
            continue
        output = extract_file(entry, max_bytes, date, wanted)
        if not isinstance(output, Skipped):
            store.replace_article(output[0], output[1], EXTRACTOR_VERSION)
            redone += 1
    return redone


def _currencies_text(currencies: Mapping[str, str]) -> str:
    return ",".join(f"{word}={code}" for word, code in sorted(currencies.items()))


@contextmanager
def _signals_held() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM back while workers are forked (POSIX; elsewhere a no-op)."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


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
