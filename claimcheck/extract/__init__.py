"""Extraction: article text in, typed claims out.

``extract_text`` is the public entry point and ``extract_article`` gives the words the
clustering compares as well.  The stages: ``text`` (sentences, line/column), ``dates`` and
``numbers`` (spans and values, with ``units``), ``noise`` (digits that are not claims),
``context`` (qualifier, role, time, attribution, subject), ``tables`` (markdown cells) and
``claims``, which assembles them.
"""

from claimcheck.extract.claims import (
    TIME_DEPENDENT,
    TOPIC_NAMES,
    article_topic,
    extract_article,
    extract_corpus,
    extract_text,
    find_published,
)

__all__ = ["TIME_DEPENDENT", "TOPIC_NAMES", "article_topic", "extract_article", "extract_corpus", "extract_text",
           "find_published"]
