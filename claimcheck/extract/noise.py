"""Spans that hold digits but no claim: URLs, e-mail, phone numbers, ISBNs, times of day,
numbered names ("Section 230", "Flight 370"), scores and captions."""

from __future__ import annotations

import re

_NOISE = re.compile(
    r"""
      https?://\S+ | www\.\S+ | \b[\w.+-]+@[\w-]+\.[\w.-]+
    | \bISBN(?:-1[03])?:?\s*[\d-]{9,17}[\dXx]
    | (?<![\w,.])\+?\(?\d{2,4}\)?(?:[\s.-]\d{2,4}){2,4}(?![\w,.]*\d)   # phone numbers
    | \b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|GMT|UTC|BST|CET|EST|EDT|PST|IST|PKT|hrs|h)\b
    | \b\d{1,2}[:]\d{2}\b
    | \b\d{1,2}\s*(?:[ap]\.m\.|[ap]m\b)
    | \b(?:Section|Article|Chapter|Route|Highway|Interstate|Flight|No\.|Nos\.|Number|Room|Page|Pages|pp\.|p\.|Resolution|
          Platform|Gate|Terminal|Level|Category|Grade|Phase|Stage|Clause|Paragraph|Item|Case|Vol\.|Volume|Issue|Model|
          Version|Rule|Bill|Law|Act|Tier|Ward|District|Zone|Block|Sector|Unit|Squad|Lot|Exit|Junction|Pier|Berth|Line|
          Season|Episode|Part|Week|Day|Round|Game|Match|Series|Figure|Table|Box|Apartment|Suite|Floor|Bus|Train)
      \s+\d[\d.,]*(?:[-–]\d+)?\b
    | \#\d+
    | \(\s*\d+\s*[LR]\s*\)                                          # photo captions: (2L), (3R)
    | \b(?!(?:km|m|mi|cm|ft)[23²³]\b)[A-Za-z]+[-‐]?\d+[A-Za-z\d-]*\b   # COVID-19, G20, F-16, A320
    | \b\d+[A-Za-z]+\d[\w-]*\b                                      # 3G4, 5G-LTE style codes
    | \b\d+/\d+\b(?!/)                                              # 24/7, 9/11, fractions
    """,
    re.VERBOSE,
)
_SCORE = re.compile(r"(?<![\w.,-])\d{1,2}\s?[-–]\s?\d{1,2}(?![\w.,%-])")
_SPORT = re.compile(r"(?i)\b(?:won|win|wins|beat|beats|lost|loss|defeat\w*|victory|draw|drew|score\w*|lead|led|trail\w*|final|match|game|goals?|half-time|halftime)\b")


def noise_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of ``text[start:end]`` that must not be read as quantities, sorted."""
    spans = [(m.start(), m.end()) for m in _NOISE.finditer(text, start, end)]
    if _SPORT.search(text, start, end):
        spans += [(m.start(), m.end()) for m in _SCORE.finditer(text, start, end)]
    return sorted(spans)
