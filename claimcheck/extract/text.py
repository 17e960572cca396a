"""Sentences, words and line/column positions: the text plumbing every extractor shares."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# Words that end with a full stop without ending the sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr gen lt col capt sgt gov sen rep st mt jr sr no nos inc ltd co corp vs
    etc approx est dept univ prof rev hon fig jan feb mar apr jun jul aug sep sept oct nov dec
    u.s u.k u.n e.g i.e a.m p.m rs""".split()
)

_SENTENCE_END = re.compile(r"""[.!?…]+["”’')\]]*(?=\s+["“‘(\[]?[A-Z0-9])""")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence and where it starts in the article text."""

    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def split_sentences(text: str) -> list[Sentence]:
    """Split article text into sentences; every line break also ends a sentence.

    >>> [s.text for s in split_sentences("Mr. Smith paid $3.5m. It rose 4%.\\nNext")]
    ['Mr. Smith paid $3.5m.', 'It rose 4%.', 'Next']
    """
    sentences: list[Sentence] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        line_start = offset
        offset += len(line)
        body = line.rstrip("\r\n")
        cut = 0
        for match in _SENTENCE_END.finditer(body):
            word = body[:match.start()].rsplit(None, 1)[-1] if body[:match.start()].strip() else ""
            word = word.lstrip("(\"“'*_[").lower()  # (markdown emphasis: "- **Feb. 3:**")
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
            _append(sentences, line_start + cut, body[cut:match.end()])
            cut = match.end()
        _append(sentences, line_start + cut, body[cut:])
    return sentences


# Longer than any sentence a person writes (the corpora's longest is under 400 characters).
# Context reading costs grow with sentence length times claims in it, so a pasted table or a
# megabyte without a full stop is read in pieces of at most this size, keeping time linear.
MAX_SENTENCE = 1000


def _append(sentences: list[Sentence], start: int, chunk: str) -> None:
    while len(chunk) > MAX_SENTENCE:
        cut = chunk.rfind(" ", MAX_SENTENCE // 2, MAX_SENTENCE)
        cut = cut if cut > 0 else MAX_SENTENCE
        _append(sentences, start, chunk[:cut])
        start, chunk = start + cut, chunk[cut:]
    stripped = chunk.lstrip()
    start += len(chunk) - len(stripped)
    stripped = stripped.rstrip()
    if stripped:
        sentences.append(Sentence(start, stripped))


class LineIndex:
    """Maps character offsets to 1-based line and column numbers."""

    def __init__(self, text: str) -> None:
        self._starts = [0]
        for match in re.finditer("\n", text):
            self._starts.append(match.end())

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1
