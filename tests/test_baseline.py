"""The baseline file: identity without lines, round trip, versioning, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.baseline import Baseline, BaselineEntry, BaselineError, claim_key, pair_identity
from claimcheck.models import Claim, Kind


def claim(source: str, text: str, value: float, *, line: int = 3, start: int = 40) -> Claim:
    return Claim(id=f"{source}-{start}", source=source, line=line, column=5, start=start, end=start + len(text),
                 text=text, sentence=f"It is {text} long.", sentence_start=start - 6, kind=Kind.length,
                 value=value, low=value - 0.05, high=value + 0.05, unit="km")


def test_identity_leaves_out_lines_and_offsets_and_order() -> None:
    a, b = claim("a.txt", "2.4 km", 2.4), claim("b.txt", "3.1 km", 3.1)
    moved = claim("a.txt", "2.4 km", 2.4, line=30, start=900)
    assert pair_identity(a, b) == pair_identity(b, a) == pair_identity(moved, b)


def test_identity_changes_with_the_value_or_the_words() -> None:
    a, b = claim("a.txt", "2.4 km", 2.4), claim("b.txt", "3.1 km", 3.1)
    assert pair_identity(a, b) != pair_identity(a, claim("b.txt", "3.2 km", 3.2))
    assert pair_identity(a, b) != pair_identity(claim("a.txt", "2.4 kilometres", 2.4), b)
    assert pair_identity(a, b) != pair_identity(claim("c.txt", "2.4 km", 2.4), b)


def test_round_trip_is_sorted_and_byte_stable(tmp_path: Path) -> None:
    a, b, c = claim("a.txt", "2.4 km", 2.4), claim("b.txt", "3.1 km", 3.1), claim("c.txt", "5 km", 5)
    entries = (BaselineEntry("CC001", "bridge", (claim_key(c), claim_key(a))),
               BaselineEntry("CC001", "bridge", (claim_key(b), claim_key(a))))
    path = tmp_path / "base.json"
    Baseline(entries).save(path)
    first = path.read_bytes()
    loaded = Baseline.load(path)
    assert loaded.identities == {pair_identity(a, c), pair_identity(a, b)}
    Baseline(tuple(reversed(loaded.entries))).save(path)
    assert path.read_bytes() == first
    data = json.loads(first)
    assert data["version"] == 1
    assert [f["claims"][1]["source"] for f in data["findings"]] == ["b.txt", "c.txt"]
    assert all(set(c) == {"source", "kind", "text", "value"} for f in data["findings"] for c in f["claims"])


def test_missing_file_is_an_empty_baseline(tmp_path: Path) -> None:
    assert len(Baseline.load(tmp_path / "none.json")) == 0


@pytest.mark.parametrize(("text", "message"), [
    ("{", "not valid JSON"),
    ('{"findings": []}', "not a claimcheck baseline"),
    ('{"version": 9, "findings": []}', "version 9 is not supported"),
    ('{"version": 1, "findings": [{"claims": [{"source": "a"}]}]}', "finding 1 is malformed"),
])
def test_bad_baselines_are_errors(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "base.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BaselineError, match=message):
        Baseline.load(path)


def test_an_accepted_claim_stays_accepted_against_the_same_value_from_another_source() -> None:
    ours, theirs = claim("v.txt", "3.1 km", 3.1), claim("c.txt", "2.4-kilometre", 2.4)
    matcher = Baseline((BaselineEntry("CC001", "bridge", (claim_key(ours), claim_key(theirs))),)).matcher()
    assert matcher.accepts(ours, theirs) and matcher.accepts(theirs, ours)
    assert matcher.accepts(ours, claim("h.txt", "2.4 km", 2.4))  # re-paired after an unrelated edit
    assert not matcher.accepts(claim("v.txt", "3.3 km", 3.3), theirs)  # our value changed
    assert not matcher.accepts(ours, claim("c.txt", "2.6 km", 2.6))  # their value changed
    assert not matcher.accepts(claim("x.txt", "3.1 km", 3.1), claim("h.txt", "2.4 km", 2.4))  # a new source
