"""ClaimStore: the only module that writes SQL.

One SQLite file holds articles, their claims and the last computed conflicts.  Every scan
writes inside one ``BEGIN IMMEDIATE`` transaction, so a killed scan leaves the previous
state, and a second writer waits (``busy_timeout``) instead of corrupting anything.
"""

from __future__ import annotations

import functools
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

from claimcheck.errors import StoreError
from claimcheck.models import Article, Claim, ClaimRecord, Conflict, join_names, split_names
from claimcheck.store.migrations import MIGRATIONS, SCHEMA_VERSION

DEFAULT_DB = Path(".claimcheck") / "claims.db"
DB_ENV = "CLAIMCHECK_DB"


class StoreBusyError(StoreError):
    """Another claimcheck process holds the store's write lock for too long."""


def _is_busy(exc: sqlite3.Error) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc))


def _damaged(path: Path, exc: sqlite3.Error) -> StoreError:
    return StoreError(f"{path} is not a usable claim store ({exc}); it was left untouched: move it aside or "
                      "delete it, then scan again to rebuild it")


P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


def _guarded(method: Callable[Concatenate[ClaimStore, P], R]) -> Callable[Concatenate[ClaimStore, P], R]:
    """SQLite errors of a read (a damaged page, a lock held too long) become StoreError."""

    @functools.wraps(method)
    def wrapper(self: ClaimStore, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            if _is_busy(exc):
                raise StoreBusyError(f"{self.path} is busy: another claimcheck is writing it; try again") from exc
            raise _damaged(self.path, exc) from exc

    return wrapper


@dataclass(frozen=True, slots=True)
class ArticleState:
    """What the store remembers of a file, to tell whether it changed."""

    content_hash: str
    size: int
    mtime_ns: int
    extractor_version: str


def default_db_path() -> Path:
    return Path(os.environ.get(DB_ENV) or DEFAULT_DB)


class ClaimStore:
    """An open claim store.  Use as a context manager, or call ``close``."""

    def __init__(self, path: Path | str, *, create: bool = True, busy_timeout_s: float = 30.0) -> None:
        self.path = Path(path)
        if not self.path.exists():
            if not create:
                raise StoreError(f"no claim store at {self.path}: run `claimcheck scan PATH` first")
            self.path.parent.mkdir(parents=True, exist_ok=True)
            _write_cachedir_tag(self.path.parent)
        try:
            self._db = sqlite3.connect(self.path, timeout=busy_timeout_s, isolation_level=None)
            self._db.execute("PRAGMA foreign_keys = ON")
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.Error as exc:
            if hasattr(self, "_db"):
                self._db.close()
            if _is_busy(exc):
                raise StoreBusyError(f"{self.path} is busy: another claimcheck is writing it; try again") from exc
            raise _damaged(self.path, exc) from exc

    def __enter__(self) -> ClaimStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    def files(self) -> frozenset[str]:
        """Real paths of the store's files (database, WAL, shared memory): never articles."""
        base = os.path.realpath(self.path)
        return frozenset({base, base + "-wal", base + "-shm", base + "-journal"})

    # --- schema -----------------------------------------------------------------------------

    def _version(self) -> int:
        has_meta = self._db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").fetchone()
        if not has_meta:
            return 0
        row = self._db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        return int(row[0]) if row else 0

    def _migrate(self) -> None:
        version = self._version()
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} was written by a newer claimcheck (schema {version}, this one knows {SCHEMA_VERSION}); "
                "upgrade claimcheck or use another --db"
            )
        if version == SCHEMA_VERSION:
            return
        with self.transaction():
            if self._version() != version:  # another process migrated while we waited
                return
            for _name, sql in MIGRATIONS[version:]:
                for statement in sql.split(";"):
                    if statement.strip():
                        self._db.execute(statement)
            self._db.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction: everything inside lands together or not at all."""
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise StoreBusyError(f"{self.path} is busy: another claimcheck is writing it; try again") from exc
            raise StoreError(f"cannot write {self.path}: {exc}") from exc
        try:
            yield
        except sqlite3.Error as exc:
            self._rollback()
            if _is_busy(exc):
                raise StoreBusyError(f"{self.path} is busy: another claimcheck is writing it; try again") from exc
            raise _damaged(self.path, exc) from exc
        except BaseException:
            # Ctrl-C, SIGTERM or any error: nothing of this transaction is kept.
            self._rollback()
            raise
        else:
            try:
                self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                self._rollback()
                raise StoreError(f"cannot write {self.path}: {exc}; the store is unchanged") from exc

    def _rollback(self) -> None:
        # Closing the connection also rolls back, so a failed ROLLBACK loses nothing.
        try:
            self._db.execute("ROLLBACK")
        except sqlite3.Error:
            pass

    # --- articles and claims ------------------------------------------------------------------

    @_guarded
    def article_states(self) -> dict[str, ArticleState]:
        rows = self._db.execute("SELECT path, content_hash, size, mtime_ns, extractor_version FROM articles")
        return {r[0]: ArticleState(r[1], r[2], r[3], r[4]) for r in rows}

    def replace_article(self, article: Article, claims: Iterable[ClaimRecord], extractor_version: str) -> None:
        """Store an article and its claims, dropping what was stored for that path before
        (its claims are retired: the next reconcile drops their links and scores the new ones)."""
        self._retire([article.path])
        self._db.execute("DELETE FROM articles WHERE path = ?", (article.path,))
        self._db.execute(
            "INSERT INTO articles (path, content_hash, size, mtime_ns, title, published, encoding, extractor_version,"
            " dateline, topic, currency_cues, story_currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article.path, article.content_hash, article.size, article.mtime_ns, article.title, article.published,
             article.encoding, extractor_version, article.dateline, "\t".join(article.topic), article.currency_cues,
             article.story_currency),
        )
        self._db.executemany(
            "INSERT OR REPLACE INTO claims (id, path, start, kind, body, local_words, scope_words, names, time_low,"
            " time_high) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (c.claim.id, article.path, c.claim.start, c.claim.kind.value, c.claim.model_dump_json(),
                 " ".join(c.local), " ".join(c.scope), join_names(c.names), c.time_low, c.time_high)
                for c in claims
            ],
        )

    @_guarded
    def story_dates(self) -> tuple[list[tuple[str, str, str | None, list[str]]], list[tuple[str, list[str]]]]:
        """The articles whose wire date line lacks a year, as (path, date line: the date their
        own story gave it or its day '--MM-DD', date they were read against, topic), and, when
        there are any, the articles that date themselves, as (date, topic)."""
        yearless = [(r[0], r[1], r[2], [n for n in r[3].split("\t") if n]) for r in self._db.execute(
            "SELECT path, dateline, published, topic FROM articles WHERE dateline IS NOT NULL ORDER BY path")]
        if not yearless:
            return [], []
        dated = [(r[0], [n for n in r[1].split("\t") if n]) for r in self._db.execute(
            "SELECT published, topic FROM articles WHERE dateline IS NULL AND published IS NOT NULL")]
        return yearless, dated

    @_guarded
    def story_currencies(self) -> list[tuple[str, str, str, list[str]]]:
        """Every article as (path, its currency cues, the currencies its story gave it, topic)."""
        return [(r[0], r[1], r[2], [n for n in r[3].split("\t") if n]) for r in self._db.execute(
            "SELECT path, currency_cues, story_currency, topic FROM articles ORDER BY path")]

    def touch_article(self, path: str, size: int, mtime_ns: int) -> None:
        """Record a new size/mtime for a file whose content did not change."""
        self._db.execute("UPDATE articles SET size = ?, mtime_ns = ? WHERE path = ?", (size, mtime_ns, path))

    def remove_articles(self, paths: Iterable[str]) -> int:
        paths = list(paths)
        self._retire(paths)
        cursor = self._db.executemany("DELETE FROM articles WHERE path = ?", [(p,) for p in paths])
        return cursor.rowcount

    def _retire(self, paths: list[str]) -> None:
        """Move the scored rows of these articles' claims to ``retired`` (the next reconcile
        takes back what they added to the corpus statistics and drops their links)."""
        rows = [(p,) for p in paths]
        self._db.executemany("INSERT INTO retired SELECT claim_id, path, sentence, words, names FROM scored "
                             "WHERE path = ?", rows)
        self._db.executemany("DELETE FROM scored WHERE path = ?", rows)

    @_guarded
    def claims(self, sources: Iterable[str] = (), kinds: Iterable[str] = ()) -> list[Claim]:
        sql = "SELECT body FROM claims"
        clauses: list[str] = []
        params: list[str] = []
        sources, kinds = list(sources), list(kinds)
        if sources:
            clauses.append(f"path IN ({','.join('?' * len(sources))})")
            params += sources
        if kinds:
            clauses.append(f"kind IN ({','.join('?' * len(kinds))})")
            params += kinds
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += " ORDER BY path, start"
        return [Claim.model_validate_json(r[0]) for r in self._db.execute(sql, params)]

    @_guarded
    def counts(self) -> dict[str, int]:
        def one(sql: str) -> int:
            return int(self._db.execute(sql).fetchone()[0])

        clusters = self._db.execute("SELECT value FROM meta WHERE key='clusters'").fetchone()
        return {
            "articles": one("SELECT count(*) FROM articles"),
            "claims": one("SELECT count(*) FROM claims"),
            "clusters": int(clusters[0]) if clusters else 0,
            "conflicts": one("SELECT count(*) FROM conflicts"),
        }

    # --- conflicts ----------------------------------------------------------------------------

    def replace_conflicts(self, conflicts: list[Conflict], cluster_count: int) -> None:
        self._db.execute("DELETE FROM conflicts")
        self._db.execute("DELETE FROM conflict_claims")
        self.update_conflicts((), conflicts, cluster_count)

    def update_conflicts(self, drop: Iterable[str], conflicts: list[Conflict], cluster_count: int) -> None:
        """Drop the conflicts with these ids, add ``conflicts`` (they are listed by kind, subject and id)."""
        drop = list(drop)
        for chunk in _chunks(drop):
            marks = ",".join("?" * len(chunk))
            self._db.execute(f"DELETE FROM conflicts WHERE id IN ({marks})", chunk)
            self._db.execute(f"DELETE FROM conflict_claims WHERE conflict_id IN ({marks})", chunk)
        self._db.executemany(
            "INSERT OR REPLACE INTO conflicts (id, position, body, kind, subject) VALUES (?, 0, ?, ?, ?)",
            [(c.id, c.model_dump_json(), c.kind.value, c.subject) for c in conflicts],
        )
        self._db.executemany(
            "INSERT INTO conflict_claims VALUES (?, ?)",
            [(c.id, claim.id) for c in conflicts for claim in c.claims],
        )
        self._db.execute("INSERT OR REPLACE INTO meta VALUES ('clusters', ?)", (str(cluster_count),))

    def conflicts_with_claims(self, claim_ids: Iterable[str]) -> set[str]:
        """Ids of the stored conflicts that list one of these claims."""
        found: set[str] = set()
        for chunk in _chunks(list(claim_ids)):
            rows = self._db.execute(
                f"SELECT conflict_id FROM conflict_claims WHERE claim_id IN ({','.join('?' * len(chunk))})", chunk)
            found.update(r[0] for r in rows)
        return found

    @_guarded
    def conflicts(self, involving: Iterable[str] = ()) -> list[Conflict]:
        """Stored conflicts, optionally only those with a claim from one of the given paths."""
        paths = list(involving)
        if paths:
            rows = self._db.execute(
                f"""SELECT DISTINCT c.body, c.kind, c.subject, c.id FROM conflicts c
                    JOIN conflict_claims cc ON cc.conflict_id = c.id
                    JOIN claims cl ON cl.id = cc.claim_id
                    WHERE cl.path IN ({','.join('?' * len(paths))}) ORDER BY c.kind, c.subject, c.id""",
                paths,
            )
        else:
            rows = self._db.execute("SELECT body FROM conflicts ORDER BY kind, subject, id")
        return [Conflict.model_validate_json(r[0]) for r in rows]

    # --- links and what incremental clustering keeps (see reconcile/incremental.py) ------------

    @_guarded
    def claim_rows(self, paths: Iterable[str] | None = None,
                   ids: Iterable[str] | None = None) -> list[tuple[str, str, str, str, str | None, str | None]]:
        """(body, local words, scope words, names, time low, time high) of all claims, or of
        those of the given articles or ids, in (path, start) order."""
        columns = "path, start, body, local_words, scope_words, names, time_low, time_high"
        if paths is None and ids is None:
            rows = list(self._db.execute(f"SELECT {columns} FROM claims ORDER BY path, start"))
        else:
            rows = []
            for column, values in (("path", paths), ("id", ids)):
                for chunk in _chunks(sorted(set(values or ()))):
                    rows += self._db.execute(
                        f"SELECT {columns} FROM claims WHERE {column} IN ({','.join('?' * len(chunk))})", chunk)
            rows = sorted(set(rows), key=lambda r: (r[0], r[1]))
        return [r[2:] for r in rows]

    @_guarded
    def clustering_input(self) -> list[ClaimRecord]:
        return [
            ClaimRecord(Claim.model_validate_json(body), local.split(), scope.split(), split_names(names), tlow, thigh)
            for body, local, scope, names, tlow, thigh in self.claim_rows()
        ]

    def claim_names(self, claim_ids: Iterable[str]) -> dict[str, str]:
        """Claim id -> its stored names (joined), for the claims of these ids that exist."""
        found: dict[str, str] = {}
        for chunk in _chunks(sorted(set(claim_ids))):
            found.update(self._db.execute(
                f"SELECT id, names FROM claims WHERE id IN ({','.join('?' * len(chunk))})", chunk))
        return found

    def paths_of(self, claim_ids: Iterable[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(sorted(set(claim_ids))):
            rows = self._db.execute(f"SELECT DISTINCT path FROM claims WHERE id IN ({','.join('?' * len(chunk))})", chunk)
            found.update(r[0] for r in rows)
        return found

    def claim_count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM claims").fetchone()[0])

    def unscored_claim_ids(self) -> set[str]:
        rows = self._db.execute("SELECT id FROM claims WHERE id NOT IN (SELECT claim_id FROM scored)")
        return {r[0] for r in rows}

    def has_retired(self) -> bool:
        return self._db.execute("SELECT 1 FROM retired LIMIT 1").fetchone() is not None

    def take_retired(self) -> list[tuple[str, str, str, str | None, str]]:
        """(claim id, path, sentence hash, counted words, names) of the claims removed or
        replaced since the last reconcile, which then forgets them."""
        rows = list(self._db.execute("SELECT claim_id, path, sentence, words, names FROM retired"))
        self._db.execute("DELETE FROM retired")
        return rows

    def add_scored(self, rows: Iterable[tuple[str, str, str, str | None, str]],
                   keys: Iterable[tuple[int, str]]) -> None:
        """Record scored claims (claim id, path, sentence hash, counted words, names) and their
        candidate keys (key hash, claim id)."""
        self._db.executemany("INSERT OR REPLACE INTO scored VALUES (?, ?, ?, ?, ?)", list(rows))
        self._db.executemany("INSERT OR IGNORE INTO claim_keys VALUES (?, ?)", sorted(keys))

    def forget_retired_keys(self) -> None:
        """Drop the candidate keys of claims no longer scored (they only add candidates)."""
        self._db.execute("DELETE FROM claim_keys WHERE claim_id NOT IN (SELECT claim_id FROM scored)")

    def claims_with_keys(self, keys: Iterable[int]) -> dict[int, list[str]]:
        """Key hash -> ids of the claims that have it (or had it: see ``forget_retired_keys``)."""
        found: dict[int, list[str]] = {}
        for chunk in _chunks(sorted(set(keys))):
            rows = self._db.execute(
                f"SELECT key, claim_id FROM claim_keys WHERE key IN ({','.join('?' * len(chunk))})", chunk)
            for key, claim_id in rows:
                found.setdefault(key, []).append(claim_id)
        return found

    def sentence_paths(self, sentences: Iterable[str]) -> dict[str, set[str]]:
        """Sentence hash -> the articles whose scored claims have that sentence."""
        found: dict[str, set[str]] = {}
        for chunk in _chunks(sorted(set(sentences))):
            rows = self._db.execute(
                f"SELECT DISTINCT sentence, path FROM scored WHERE sentence IN ({','.join('?' * len(chunk))})", chunk)
            for sentence, path in rows:
                found.setdefault(sentence, set()).add(path)
        return found

    def claims_in_sentences(self, sentences: Iterable[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(sorted(set(sentences))):
            rows = self._db.execute(
                f"SELECT claim_id FROM scored WHERE sentence IN ({','.join('?' * len(chunk))})", chunk)
            found.update(r[0] for r in rows)
        return found

    def repeated_sentence_claims(self, min_sources: int) -> set[str]:
        """Scored claims whose sentence is found in at least ``min_sources`` articles."""
        rows = self._db.execute(
            """SELECT claim_id FROM scored WHERE sentence IN
               (SELECT sentence FROM scored GROUP BY sentence HAVING count(DISTINCT path) >= ?)""", (min_sources,))
        return {r[0] for r in rows}

    def word_counts(self) -> tuple[dict[str, int], dict[str, int], int, int]:
        """Word -> sentences, name -> articles, and the numbers of sentences and articles."""
        words = dict(self._db.execute("SELECT word, n FROM word_df"))
        names = dict(self._db.execute("SELECT name, n FROM name_df"))
        return words, names, int(self.get_meta("sentences") or 0), int(self.get_meta("sources") or 0)

    def replace_word_counts(self, words: dict[str, int], names: dict[str, int], sentences: int, sources: int) -> None:
        self._db.execute("DELETE FROM word_df")
        self._db.execute("DELETE FROM name_df")
        self._db.execute("DELETE FROM meta WHERE key IN ('sentences', 'sources')")
        self.add_word_counts(words, names, sentences, sources)

    def add_word_counts(self, words: dict[str, int], names: dict[str, int], sentences: int, sources: int) -> None:
        """Add to the counts (negative numbers take away; counts that reach 0 are dropped)."""
        for table, column, delta in (("word_df", "word", words), ("name_df", "name", names)):
            rows = [(key, n) for key, n in delta.items() if n]
            self._db.executemany(f"INSERT INTO {table} VALUES (?, ?) ON CONFLICT({column}) DO UPDATE SET n = n + "
                                 "excluded.n", rows)
            if any(n < 0 for _, n in rows):
                self._db.execute(f"DELETE FROM {table} WHERE n <= 0")
        self.set_meta("sentences", str(int(self.get_meta("sentences") or 0) + sentences))
        self.set_meta("sources", str(int(self.get_meta("sources") or 0) + sources))

    def link_rows(self) -> list[tuple[str, str, float]]:
        """Every link (a, b, score), in the order they were found."""
        return list(self._db.execute("SELECT a, b, score FROM links ORDER BY rowid"))

    def links(self) -> list[tuple[str, str, float]]:
        return self.link_rows()

    def drop_links_of(self, claim_ids: Iterable[str]) -> set[str]:
        """Drop the links of these claims; the other ends of the links dropped."""
        claim_ids = set(claim_ids)
        others: set[str] = set()
        for chunk in _chunks(sorted(claim_ids)):
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(f"SELECT a, b FROM links WHERE a IN ({marks}) OR b IN ({marks})", chunk * 2)
            others.update(x for row in rows for x in row)
            self._db.execute(f"DELETE FROM links WHERE a IN ({marks}) OR b IN ({marks})", chunk * 2)
        return others - claim_ids

    def add_links(self, links: Iterable[tuple[str, str, float]]) -> None:
        self._db.executemany("INSERT OR REPLACE INTO links VALUES (?, ?, ?)", list(links))

    def clear_scoring(self) -> None:
        """Forget all links and what was scored: the next reconcile scores every pair again."""
        for table in ("links", "scored", "retired", "claim_keys", "word_df", "name_df"):
            self._db.execute(f"DELETE FROM {table}")
        for key in ("sentences", "sources"):
            self._db.execute("DELETE FROM meta WHERE key = ?", (key,))

    def get_meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else None

    def set_meta(self, key: str, value: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))


def _chunks(values: list[T], size: int = 500) -> Iterator[list[T]]:
    """Lists short enough for one ``IN (...)`` (SQLite limits the number of parameters)."""
    for i in range(0, len(values), size):
        yield values[i:i + size]


def _write_cachedir_tag(folder: Path) -> None:
    """Mark the store folder as a cache (backup tools skip it) and keep it out of git."""
    try:
        (folder / "CACHEDIR.TAG").write_text("Signature: 8a477f597d28d172789f06886806bc55\n", encoding="ascii")
        (folder / ".gitignore").write_text("*\n", encoding="ascii")
    except OSError:
        pass

