"""Properties of extraction on arbitrary text: it never raises, and offsets always point at
the claim's own words.  Inputs mix article-like fragments with unusual Unicode digits,
right-to-left text, control characters and very long numbers."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.extract import extract_text

ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
EXTENDED_ARABIC_INDIC = "۰۱۲۳۴۵۶۷۸۹"
FULL_WIDTH = "０１２３４５６７８９"
DEVANAGARI = "०१२३४५६७८९"
RTL = "אבגדהוזחטי" + "ابتثجحخدذر" + "\u200f\u202b\u202e\u202c"

FRAGMENTS = [
    "$", "US$", "€", "£", "%", " per cent", " million", " bn", "m", " km", " miles", " tonnes", "°F",
    "about ", "almost ", "more than ", "up ", "a further ", " to ", "-", "–", ",", ".", ". ", "\n", "\r\n",
    " said", "according to ", "in ", "May ", "1 May 2021", "2019/2020", "FY2021", "Q1 ", "last year",
    " people", " doses", "\u00a0million", "\u202fkm", "\u2009bn", "-billion", "(", ")", "“", "”", "’", " ", "\t", "\u00a0", "\u2028", "\x00", "\x0c",
]
DIGITS = "0123456789" + ARABIC_INDIC + EXTENDED_ARABIC_INDIC + FULL_WIDTH + DEVANAGARI

fragment = st.one_of(
    st.sampled_from(FRAGMENTS),
    st.text(alphabet=DIGITS, min_size=1, max_size=8),
    st.text(alphabet="0123456789,.", min_size=1, max_size=12),
    st.text(alphabet=RTL + " ", min_size=1, max_size=10),
    st.text(min_size=1, max_size=6),  # anything Unicode has
    st.from_regex(r"[A-Za-z]{1,9}", fullmatch=True),
)
articles = st.lists(fragment, max_size=60).map("".join)
long_numbers = st.text(alphabet="0123456789", min_size=50, max_size=3000)


def _check(text: str) -> None:
    for claim in extract_text(text):
        assert text[claim.start:claim.end] == claim.text
        assert claim.start < claim.end
        assert claim.line >= 1 and claim.column >= 1
        offset = claim.start - claim.sentence_start
        assert claim.sentence[offset:offset + len(claim.text)] == claim.text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles)
def test_extract_never_raises_and_offsets_match(text: str) -> None:
    _check(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_extract_never_raises_on_any_text(text: str) -> None:
    _check(text)


@settings(max_examples=30, deadline=None)
@given(long_numbers, st.sampled_from(["", "$", "about ", "In 2020 the fund held "]),
       st.sampled_from(["", " million", "%", " people", ".", " km"]))
def test_very_long_numbers(digits: str, before: str, after: str) -> None:
    _check(before + digits + after)
    _check(before + ",".join(digits[i:i + 3] for i in range(0, len(digits), 3)) + after)


def test_unicode_digits_examples() -> None:
    for text in ("The fund holds ٤٥ million.", "It rose ４５% last year.", "המחיר 45 מיליון $",
                 "ارتفع بنسبة ٤٥٪ في 2020", "The \u202e45 km\u202c road.", "It cost $\n5 million."):
        _check(text)
