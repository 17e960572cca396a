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
from claimcheck.models import Article, Claim, ClaimRecord, Conflict
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
        (with its claims' links, so that they are scored again)."""
        old_claims = "SELECT id FROM claims WHERE path = ?"
        self._db.execute(f"DELETE FROM links WHERE a IN ({old_claims}) OR b IN ({old_claims})", (article.path,) * 2)
        self._db.execute(f"DELETE FROM reconciled WHERE claim_id IN ({old_claims})", (article.path,))
        self._db.execute("DELETE FROM articles WHERE path = ?", (article.path,))
        self._db.execute(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (article.path, article.content_hash, article.size, article.mtime_ns, article.title, article.published,
             article.encoding, extractor_version),
        )
        self._db.executemany(
            "INSERT OR REPLACE INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (c.claim.id, article.path, c.claim.start, c.claim.kind.value, c.claim.model_dump_json(),
                 " ".join(c.local), " ".join(c.scope), " ".join(c.names), c.time_low, c.time_high)
                for c in claims
            ],
        )

    def touch_article(self, path: str, size: int, mtime_ns: int) -> None:
        """Record a new size/mtime for a file whose content did not change."""
        self._db.execute("UPDATE articles SET size = ?, mtime_ns = ? WHERE path = ?", (size, mtime_ns, path))

    def remove_articles(self, paths: Iterable[str]) -> int:
        cursor = self._db.executemany("DELETE FROM articles WHERE path = ?", [(p,) for p in paths])
        return cursor.rowcount

    @_guarded
    def clustering_input(self) -> list[ClaimRecord]:
        rows = self._db.execute(
            "SELECT body, local_words, scope_words, names, time_low, time_high FROM claims ORDER BY path, start"
        )
        return [
            ClaimRecord(Claim.model_validate_json(body), local.split(), scope.split(), names.split(), tlow, thigh)
            for body, local, scope, names, tlow, thigh in rows
        ]

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
        self._db.executemany(
            "INSERT OR REPLACE INTO conflicts VALUES (?, ?, ?)",
            [(c.id, i, c.model_dump_json()) for i, c in enumerate(conflicts)],
        )
        self._db.executemany(
            "INSERT INTO conflict_claims VALUES (?, ?)",
            [(c.id, claim.id) for c in conflicts for claim in c.claims],
        )
        self._db.execute("INSERT OR REPLACE INTO meta VALUES ('clusters', ?)", (str(cluster_count),))

    @_guarded
    def conflicts(self, involving: Iterable[str] = ()) -> list[Conflict]:
        """Stored conflicts, optionally only those with a claim from one of the given paths."""
        paths = list(involving)
        if paths:
            rows = self._db.execute(
                f"""SELECT DISTINCT c.body, c.position FROM conflicts c
                    JOIN conflict_claims cc ON cc.conflict_id = c.id
                    JOIN claims cl ON cl.id = cc.claim_id
                    WHERE cl.path IN ({','.join('?' * len(paths))}) ORDER BY c.position""",
                paths,
            )
        else:
            rows = self._db.execute("SELECT body, position FROM conflicts ORDER BY position")
        return [Conflict.model_validate_json(r[0]) for r in rows]

    # --- links (incremental clustering) -----------------------------------------------------------

    def forget_removed_claims(self) -> int:
        """Drop links and reconciled marks of claims that are no longer stored; how many links went."""
        gone = self._db.execute(
            "DELETE FROM links WHERE a NOT IN (SELECT id FROM claims) OR b NOT IN (SELECT id FROM claims)"
        ).rowcount
        self._db.execute("DELETE FROM reconciled WHERE claim_id NOT IN (SELECT id FROM claims)")
        return gone

    def unreconciled_claim_ids(self) -> set[str]:
        rows = self._db.execute("SELECT id FROM claims WHERE id NOT IN (SELECT claim_id FROM reconciled)")
        return {r[0] for r in rows}

    def links(self) -> list[tuple[str, str, float]]:
        return [(a, b, score) for a, b, score in self._db.execute("SELECT a, b, score FROM links")]

    def add_links(self, reconciled: Iterable[str], links: Iterable[tuple[str, str, float]]) -> None:
        """Record newly scored claims and the links found for them."""
        self._db.executemany("INSERT OR REPLACE INTO links VALUES (?, ?, ?)", list(links))
        self._db.executemany("INSERT OR IGNORE INTO reconciled VALUES (?)", [(i,) for i in reconciled])

    def clear_links(self) -> None:
        """Forget all links: the next scan scores every pair again."""
        self._db.execute("DELETE FROM links")
        self._db.execute("DELETE FROM reconciled")

    def get_meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else None

    def set_meta(self, key: str, value: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))


def _write_cachedir_tag(folder: Path) -> None:
    """Mark the store folder as a cache (backup tools skip it) and keep it out of git."""
    try:
        (folder / "CACHEDIR.TAG").write_text("Signature: 8a477f597d28d172789f06886806bc55\n", encoding="ascii")
        (folder / ".gitignore").write_text("*\n", encoding="ascii")
    except OSError:
        pass
