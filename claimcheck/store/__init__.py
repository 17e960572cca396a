"""The claim store: SQLite by default (see ``sqlite.py``)."""

from claimcheck.store.sqlite import (
    DB_ENV,
    DEFAULT_DB,
    ArticleState,
    ClaimStore,
    StoreBusyError,
    default_db_path,
)

__all__ = ["DB_ENV", "DEFAULT_DB", "ArticleState", "ClaimStore", "StoreBusyError", "default_db_path"]
