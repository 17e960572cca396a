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
    (
        "incremental",
        # What a re-scan needs to reconcile one new article without loading the corpus.
        # `scored` replaces `reconciled`: a claim clustering has scored, with what it added to
        # the corpus statistics, so that removing it can take that back (`retired` holds the
        # rows of removed or replaced claims until the next reconcile).  `claim_keys` is the
        # inverted index of candidate keys (block + word + name, see cluster.candidate_keys),
        # `word_df` / `name_df` the document frequencies behind the word weights (in how many
        # sentences a word, in how many articles a name).  Conflicts are listed by kind,
        # subject and id, so that a re-scan can replace some of them.  Links are dropped: the
        # next scan scores every pair once and fills the new tables.
        """
        DROP TABLE reconciled;
        DELETE FROM links;
        CREATE TABLE scored (
            claim_id TEXT PRIMARY KEY,
            path TEXT NOT NULL,
            sentence TEXT NOT NULL,      -- hash of the whitespace-normalised sentence (boilerplate)
            words TEXT,                  -- words its sentence added to word_df, NULL when another claim counted it
            names TEXT NOT NULL          -- names it added to its article's names in name_df
        );
        CREATE INDEX scored_sentence ON scored(sentence, path);
        CREATE INDEX scored_path ON scored(path);
        CREATE TABLE retired (
            claim_id TEXT NOT NULL,
            path TEXT NOT NULL,
            sentence TEXT NOT NULL,
            words TEXT,
            names TEXT NOT NULL
        );
        CREATE TABLE claim_keys (
            key INTEGER NOT NULL,        -- 64-bit hash of the key, a collision only adds candidates
            claim_id TEXT NOT NULL,      -- rows of retired claims linger until a full reconcile
            PRIMARY KEY (key, claim_id)
        ) WITHOUT ROWID;
        CREATE TABLE word_df (word TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE name_df (name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
        ALTER TABLE conflicts ADD COLUMN kind TEXT NOT NULL DEFAULT '';
        ALTER TABLE conflicts ADD COLUMN subject TEXT NOT NULL DEFAULT '';
        UPDATE conflicts SET kind = json_extract(body, '$.kind'), subject = json_extract(body, '$.subject');
        CREATE INDEX conflicts_order ON conflicts(kind, subject, id);
        """,
    ),
    (
        "story dates",
        # A wire date line without a year takes it from another outlet's dated article on the
        # same story (scan.read_again_for_story): the date line (the date the story's own words
        # gave it, or its day alone, '--MM-DD'), and the names the article keeps coming back to,
        # tab-separated, to find that story.
        """
        ALTER TABLE articles ADD COLUMN dateline TEXT;
        ALTER TABLE articles ADD COLUMN topic TEXT NOT NULL DEFAULT '';
        """,
    ),
    (
        "story currencies",
        # A bare "$" in an article that never names its country takes the currency the other
        # articles on its story write their dollars in (scan.read_again_for_story): what each
        # article says of its currencies, and the currencies its story gave it when it was read.
        """
        ALTER TABLE articles ADD COLUMN currency_cues TEXT NOT NULL DEFAULT '';
        ALTER TABLE articles ADD COLUMN story_currency TEXT NOT NULL DEFAULT '';
        """,
    ),
]

SCHEMA_VERSION = len(MIGRATIONS)
