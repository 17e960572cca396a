"""HTML article to plain text with the standard library's HTML parser (no regex stripping).

Script, style, navigation, header, footer and form elements are dropped; block elements end
a line so that sentences do not run together.  Runs of spaces collapse to one, runs of blank
lines to one blank line.

Offsets in the extracted text are not offsets in the file, so the text comes with a
``SourcePositions`` table: for each run of text, where it starts in the HTML source (the
parser's ``getpos()``).  Claims found in the text get the line and column of their first
character in the HTML file, which is what an editor shows.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import NamedTuple

_DROP = frozenset({"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg",
                   "template", "iframe", "button", "select", "head"})
_BLOCK = frozenset({"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
                    "section", "article", "blockquote", "figcaption", "figure", "pre", "hr", "dd", "dt", "main"})
# The whitespace that collapses; other spaces (no-break space, ideographic space) are kept as written.
_RUNS = re.compile(r"(?P<space>[ \t\r\f\v\n]+)|[^ \t\r\f\v\n]+")


@dataclass(slots=True)
class _Chunk:
    text: str
    line: int  # 1-based source line of the chunk's first character
    col: int  # 0-based source column of the chunk's first character
    verbatim: bool  # True: the chunk's characters are the source's, one for one


class SourcePositions:
    """Maps offsets in extracted text to 1-based (line, column) in the source file.

    Same interface as ``claimcheck.extract.text.LineIndex``.  Each anchor is the start of a
    run of non-space text; inside a run copied verbatim from the source the column advances
    with the offset, inside text that came from one character reference ("&euro;") it stays
    on the reference.
    """

    def __init__(self) -> None:
        self._offsets: list[int] = []
        self._anchors: list[tuple[int, int, bool]] = []

    def add(self, offset: int, line: int, col: int, verbatim: bool) -> None:
        """Record that the text from ``offset`` on comes from source line/column (col 0-based)."""
        self._offsets.append(offset)
        self._anchors.append((line, col, verbatim))

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column in the source of the text character at ``offset``."""
        i = bisect.bisect_right(self._offsets, offset) - 1
        if i < 0:
            return 1, 1
        line, col, verbatim = self._anchors[i]
        return line, col + 1 + (offset - self._offsets[i] if verbatim else 0)


class HtmlText(NamedTuple):
    """The readable text of an HTML document, its title, and where each run came from."""

    text: str
    title: str | None
    positions: SourcePositions


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        # Character references arrive separately so that data chunks stay verbatim source
        # text, which keeps columns exact.
        super().__init__(convert_charrefs=False)
        self.chunks: list[_Chunk] = []
        self.title: list[str] = []
        self._drop_depth = 0
        self._in_title = False

    def _emit(self, text: str, verbatim: bool) -> None:
        if self._in_title:
            self.title.append(text)
        elif not self._drop_depth:
            line, col = self.getpos()
            self.chunks.append(_Chunk(text, line, col, verbatim))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        if tag in _DROP:
            self._drop_depth += 1
        if tag in _BLOCK:
            self._emit("\n", False)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in _DROP and self._drop_depth:
            self._drop_depth -= 1
        if tag in _BLOCK:
            self._emit("\n", False)

    def handle_data(self, data: str) -> None:
        self._emit(data, True)

    def handle_entityref(self, name: str) -> None:
        text = html.unescape(f"&{name};")
        self._emit(text, text == f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._emit(html.unescape(f"&#{name};"), False)


def html_to_text(markup: str) -> HtmlText:
    """The text of an HTML document, with lines for its blocks and a source position table.

    >>> doc = html_to_text("<title>T</title><p>It cost\\n  &euro;45m.</p><script>var x = 7;</script>")
    >>> doc.text, doc.title, doc.positions.position(doc.text.index("€"))
    ('It cost\\n€45m.\\n', 'T', (2, 3))
    """
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    out: list[str] = []
    size = 0
    positions = SourcePositions()
    newlines = 0
    space = False
    for chunk in collector.chunks:
        line, col = chunk.line, chunk.col
        for match in _RUNS.finditer(chunk.text):
            run = match.group()
            if match.group("space") is not None:
                breaks = run.count("\n")
                newlines += breaks
                space = True
                if chunk.verbatim and breaks:
                    line += breaks
                    col = len(run) - run.rindex("\n") - 1
                elif chunk.verbatim:
                    col += len(run)
                continue
            if size:
                gap = "\n" * min(newlines, 2) if newlines else (" " if space else "")
                out.append(gap)
                size += len(gap)
            newlines, space = 0, False
            positions.add(size, line, col, chunk.verbatim)
            out.append(run)
            size += len(run)
            if chunk.verbatim:
                col += len(run)
    title = " ".join("".join(collector.title).split()) or None
    return HtmlText("".join(out) + "\n", title, positions)
