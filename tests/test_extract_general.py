"""Extraction behaviours added after the held-out events (heatwave, acquisition, derailment)
showed general gaps.  Each case is a made-up sentence, not a corpus line."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.extract import extract_text
from claimcheck.models import Claim

PUBLISHED = dt.date(2025, 6, 4)


def claims(text: str) -> list[Claim]:
    return extract_text(text, "t.txt", PUBLISHED)


def one(text: str, span: str) -> Claim:
    found = [c for c in claims(text) if c.text == span]
    assert found, f"{span!r} not extracted from {text!r}: {[c.text for c in claims(text)]}"
    return found[0]


@pytest.mark.parametrize(("text", "span", "kind", "value", "unit"), [
    # A sentence whose only number is a spelled-out teen is still read.
    ("Thirteen kilometres of road stay shut.", "Thirteen kilometres", "length", 13, "km"),
    ("Rents were seventeen per cent higher.", "seventeen per cent", "percent", 17, "%"),
    ("The agency inspected all sixteen of the county's dams.", "sixteen", "count", 16, None),
])
def test_teen_number_words_alone_in_a_sentence(text: str, span: str, kind: str, value: float, unit: str | None) -> None:
    c = one(text, span)
    assert (c.kind.value, c.value, c.unit) == (kind, value, unit)
