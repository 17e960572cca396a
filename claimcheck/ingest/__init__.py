"""Ingest: paths in, decoded article text (or a reason for skipping) out."""

from claimcheck.ingest.files import (
    ARTICLE_SUFFIXES,
    DEFAULT_MAX_BYTES,
    ArticleText,
    FileEntry,
    Skipped,
    display_path,
    read_article,
    walk,
)

__all__ = ["ARTICLE_SUFFIXES", "DEFAULT_MAX_BYTES", "ArticleText", "FileEntry", "Skipped", "display_path",
           "read_article", "walk"]
