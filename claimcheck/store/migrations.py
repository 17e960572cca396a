"""Named schema steps, applied in order inside one transaction; `meta.schema_version` records
how many have run.  A store written by a newer claimcheck is refused, never rewritten."""

from __future__ import annotations

MIGRATIONS: list[tuple[str, str]] = [
    (
        "initial",
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE articles (
            path TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL,
            size INTEGER NOT NULL,
            mtime_ns INTEGER NOT NULL,
            title TEXT,
            published TEXT,
            encoding TEXT NOT NULL,
            extractor_version TEXT NOT NULL
        );
        CREATE TABLE claims (
            id TEXT PRIMARY KEY,
            path TEXT NOT NULL REFERENCES articles(path) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            kind TEXT NOT NULL,
            body TEXT NOT NULL,          -- the Claim as JSON (the --json contract)
            local_words TEXT NOT NULL,   -- words next to the number, space separated
            scope_words TEXT NOT NULL,   -- other words of the sentence
            names TEXT NOT NULL,         -- capitalised names in the sentence
            time_low TEXT,
            time_high TEXT
        );
        CREATE INDEX claims_path ON claims(path);
        CREATE INDEX claims_kind ON claims(kind);
        CREATE TABLE conflicts (
            id TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            body TEXT NOT NULL           -- the Conflict as JSON
        );
        CREATE TABLE conflict_claims (
            conflict_id TEXT NOT NULL REFERENCES conflicts(id) ON DELETE CASCADE,
            claim_id TEXT NOT NULL
        );
        CREATE INDEX conflict_claims_claim ON conflict_claims(claim_id);
        """,
    ),
    (
        "links",
        # Pairs of claims the clustering judged to be about the same thing, kept so that a scan
        # scores only the pairs a new claim takes part in; `reconciled` lists the claims
        # already scored.
        """
        CREATE TABLE links (a TEXT NOT NULL, b TEXT NOT NULL, score REAL NOT NULL, PRIMARY KEY (a, b));
        CREATE INDEX links_b ON links(b);
        CREATE TABLE reconciled (claim_id TEXT PRIMARY KEY);
        """,
    ),
]

SCHEMA_VERSION = len(MIGRATIONS)
