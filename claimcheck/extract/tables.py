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
    for index, line in enumerate(lines):
        body = line.rstrip("\r\n")
        if _SEPARATOR.match(body) and index and _ROW.match(lines[index - 1].rstrip("\r\n")):
            header = [text for _s, _e, text in _cells(lines[index - 1].rstrip("\r\n"), 0)]
            continue
        if header is not None and _ROW.match(body):
            first = offsets[index] + body.index("|")
            cells = [(offsets[index] + s, offsets[index] + e) for s, e, _t in _cells(body, 0)]
            rows[first] = TableRow(cells, header)
        elif not _ROW.match(body):
            header = None
    return rows


def _cells(line: str, base: int) -> list[tuple[int, int, str]]:
    bars = [m.start() for m in re.finditer(r"\|", line)]
    return [(base + a + 1, base + b, line[a + 1:b]) for a, b in zip(bars, bars[1:])]
