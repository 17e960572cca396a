"""Markdown tables: a number in a cell is about its row label and its column header.

"| Kalinadi gauge level | 14.6 m | 13.9 m |" under "| Indicator | 27 Aug | 28 Aug |" holds two
claims, each about the gauge level, each at the date of its column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_SEPARATOR = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$")


@dataclass(frozen=True, slots=True)
class TableRow:
    """A data row: its cells' absolute spans, and the header cells of its table."""

    cells: list[tuple[int, int]]
    header: list[str]
    numbered: bool = False  # the first column just numbers the rows: 1, 2, 3, ...
    caption: str = ""  # the heading or bold line just above the table ("## Prices per bag (kwacha)")

    def table_labels(self) -> tuple[str, ...]:
        """What labels the whole table: its corner header ("| Farm-gate, VND/kg | 2031 |") and
        its caption, for the units of cells whose own row and column name none."""
        corner = self.header[0].strip(" *_") if self.header else ""
        return tuple(label for label in (corner, self.caption) if label)

    def is_row_number(self, start: int) -> bool:
        """Is the item at ``start`` in the first cell of a table whose rows are numbered ("| 3 |
        Quayside Stadium | ..."): a list's place, not a figure?"""
        return self.numbered and self.cells[0][0] <= start < self.cells[0][1]

    def context_of(self, text: str, offset: int) -> tuple[str, str] | None:
        """(row label, column header) for the cell holding ``offset``, or None."""
        for index, (start, end) in enumerate(self.cells):
            if start <= offset < end:
                label = text[self.cells[0][0]:self.cells[0][1]].strip(" *_")
                header = self.header[index] if index < len(self.header) else ""
                return (label if index else ""), header.strip(" *_")
        return None


def markdown_tables(text: str) -> dict[int, TableRow]:
    """Data rows of the markdown tables in ``text``, keyed by the offset of the row's first '|'."""
    rows: dict[int, TableRow] = {}
    lines = text.splitlines(keepends=True)
    offsets = []
    position = 0
    for line in lines:
        offsets.append(position)
        position += len(line)
    header: list[str] | None = None
    caption = ""
    table: list[tuple[int, list[tuple[int, int]], list[str]]] = []

    def close() -> None:
        firsts = [text[cells[0][0]:cells[0][1]].strip(" *_.#") for _f, cells, _h in table if cells]
        numbered = len(firsts) >= 2 and firsts == [str(n) for n in range(1, len(firsts) + 1)]
        for first, cells, head in table:
            rows[first] = TableRow(cells, head, numbered, caption)
        table.clear()

    for index, line in enumerate(lines):
        body = line.rstrip("\r\n")
        if _SEPARATOR.match(body) and index and _ROW.match(lines[index - 1].rstrip("\r\n")):
            close()
            header = [text for _s, _e, text in _cells(lines[index - 1].rstrip("\r\n"), 0)]
            caption = _caption(lines, index - 1)
            continue
        if header is not None and _ROW.match(body):
            first = offsets[index] + body.index("|")
            cells = [(offsets[index] + s, offsets[index] + e) for s, e, _t in _cells(body, 0)]
            table.append((first, cells, header))
        elif not _ROW.match(body):
            header = None
            close()
    close()
    return rows


_CAPTION = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+(?P<heading>.+?)|\*\*(?P<bold>[^*]+)\*\*:?)[ \t]*$")


def _caption(lines: list[str], header_index: int) -> str:
    """The heading or bold line the table's header row follows (blank lines between)."""
    index = header_index - 1
    while index >= 0 and not lines[index].strip():
        index -= 1
    found = _CAPTION.match(lines[index].rstrip("\r\n")) if index >= 0 and header_index - index <= 2 else None
    return (found.group("heading") or found.group("bold")).strip() if found else ""


def _cells(line: str, base: int) -> list[tuple[int, int, str]]:
    bars = [m.start() for m in re.finditer(r"\|", line)]
    return [(base + a + 1, base + b, line[a + 1:b]) for a, b in zip(bars, bars[1:])]
