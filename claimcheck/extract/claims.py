"""Claim assembly: one article's sentences in, ClaimRecords out.

For each sentence: dates and quantities (``dates``, ``numbers``, minus ``noise``), merged
where they are one claim (conversions, ranges), then the words around each (``context``:
qualifier, role, time, attribution, subject words, names, measure categories), markdown
table cells (``tables``), and the article's recurring names for telling events apart.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from claimcheck.extract import context as ctx
from claimcheck.extract import counts
from claimcheck.extract.dates import (
    STORY_SHARED_NAMES,
    DateLine,
    RawDate,
    find_dates,
    find_published,
    read_date_line,
    years_from_siblings,
)
from claimcheck.extract.noise import noise_spans
from claimcheck.extract.numbers import RawQuantity, find_quantities
from claimcheck.extract.tables import TableRow, markdown_tables
from claimcheck.extract.text import LineIndex, Sentence, split_sentences
from claimcheck.extract.units import (
    BARE_DOLLAR,
    CURRENCY_CODE_PREFIX,
    CURRENCY_PREFIX,
    CURRENCY_SUFFIX,
    DIGIT_ONLY_UNITS,
    MEASURES,
    NAMED_DOLLAR,
    NAMED_DOLLAR_CODES,
    PREFIX_CURRENCY,
    SCALE_WORDS,
    US_DOLLAR,
    VULGAR_FRACTIONS,
    alternation,
)
from claimcheck.models import Claim, ClaimRecord, Kind, Role, stable_id

__all__ = ["TIME_DEPENDENT", "article_topic", "extract_article", "extract_text", "find_published"]

# Kinds whose true value changes over time, so claims about different periods never clash.
TIME_DEPENDENT = frozenset({Kind.money, Kind.percent, Kind.count, Kind.mass, Kind.volume, Kind.energy,
                            Kind.power, Kind.temperature})
_NON_NEGATIVE = frozenset({Kind.money, Kind.count, Kind.length, Kind.area, Kind.mass, Kind.volume, Kind.energy,
                           Kind.power, Kind.speed, Kind.duration})
_PERIOD_BEFORE = re.compile(r"(?i)\b(?:past|last|previous|next|coming|first|final)\s+$")
# A duration or a speed is not a running tally dated by the article; nor is a length, unless
# it is a reading (a river level).
_NOT_TALLIED = frozenset({Kind.duration, Kind.speed})
_COUNT_NOUN = re.compile(r"[*_]*(?P<hyphen>-)?\s*(?:of\s+(?:the\s+)?)?(?P<words>(?:[A-Za-z][A-Za-z’'-]*\s*){1,4})")
_PLURAL_NOUNS = counts.PLURAL_NOUNS
_TIMES_COUNTED = re.compile(r"(?i)\s+times\s*(?:[.,;:!?)]|$|(?:in|since|this|last|so|a|per|over|during|before|after|"
                            r"between|from|and|but|each|every|already|now|that|when|while)\b)")
# Stopwords that stand before the noun a number counts, not for it.
_NOUN_MODIFIERS = frozenset({"new", "extra", "additional", "further", "confirmed", "such", "data"})


def extract_text(text: str, source: str = "-", published: dt.date | None = None) -> list[Claim]:
    """Claims in one article's text.  ``published`` resolves 'last year' and yearless dates;
    when None, it is looked for in the article's first lines."""
    return [e.claim for e in extract_article(text, source, published)]


def extract_article(text: str, source: str = "-", published: dt.date | None = None,
                    dateline: tuple[int, int] | None = None) -> list[ClaimRecord]:
    """Claims with their comparison words, in text order.  ``published``, when given, is the
    article's date and ``dateline`` the span of its date line (never a claim)."""
    return extract_article_cues(text, source, published, dateline)[0]


def extract_article_cues(text: str, source: str = "-", published: dt.date | None = None,
                         dateline: tuple[int, int] | None = None) -> tuple[list[ClaimRecord], CurrencyCues]:
    """extract_article's claims, and what the article says about whose currency its sums are
    (for the other articles on its story, currencies_from_siblings)."""
    if published is None:
        found_published = find_published(text)
        if found_published is not None:
            published, dateline = found_published
    lines = LineIndex(text)
    results: list[ClaimRecord] = []
    previous: Sentence | None = None
    previous_records: list[ClaimRecord] = []
    last_subject: dict[Kind, ClaimRecord] = {}
    tables = markdown_tables(text) if "|" in text else {}
    proper = proper_nouns(text)
    # The publication line ("Updated 09 March 2027") dates the article, and so does a byline
    # above a dated first line ("By Niamh Orrel | The Calderby Herald | Friday 15 October
    # 2032"): their dates are never claims.
    dated_lines = ((dateline,) if dateline is not None else ()) + _byline_spans(text)
    for sentence in split_sentences(text):
        found = _extract_sentence(text, sentence, previous, previous_records, published, source, lines, last_subject,
                                  tables.get(sentence.start), proper)
        if dated_lines:
            found = [e for e in found if not (e.claim.kind is Kind.date and any(s <= e.claim.start < t for s, t in dated_lines))]
        results.extend(found)
        previous, previous_records = sentence, found
        row = tables.get(sentence.start)
        if row is not None and found:
            _name_table_rows(text, row, found, proper)
    _date_headline_figures(text, results)
    _date_references(text, results)
    _units_of_bare_bases(results)
    _currency_of_bare_sums(results)
    _dollars_of_the_article(text, results)
    undecided = _currency_of_the_country(text, results)
    _cordobas(text, results)
    _cents_of_the_article(results)
    topic = ["^" + name for name in article_topic(text)]
    for record in results:
        record.names = record.names + topic
    return results, currency_cues(text, results, undecided)


# "rose to 38.4 years from 36.9", "fell to 47 minutes, down from 52": the base of a change
# is written without the unit the level before it gives.
_BARE_BASE_BETWEEN = re.compile(r"(?i)\s*,?\s*(?:(?:up|down)\s+)?from\s+(?:an?\s+)?$")
# The same figure for an earlier period, in brackets after it: "(2029: 17.3 bln)", "(FY33: 212)".
_EARLIER_PERIOD_BRACKET = re.compile(r"\s*\(\s*(?:FY\s?)?\d{2,4}(?:[-/]\d{2,4})?\s*:\s*")
_BARE_BASE = re.compile(r"[\d,]+(?:\.\d+)?(?P<scale>\s?(?:mln|million|bln|billion|bn|mn|m|k|thousand))?")
_FIRST_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_INHERITING_KINDS = frozenset({Kind.duration, Kind.percent, Kind.length, Kind.mass, Kind.area, Kind.volume,
                               Kind.money, Kind.energy, Kind.power, Kind.speed})


# A sum told by its scale alone once its currency is known: "€1.1 billion, with nine hundred
# million of it set aside", "80 mln will pay for a centre and 50 mln will endow chairs".
_SCALED_TEXT = re.compile(r"(?i)\b(?:million|billion|trillion|mln|bln|bn|crores?|lakhs?)\b|\d(?:m|bn)\b")
_SUM_TALK_BEFORE = re.compile(r"(?i)\b(?:cost\w*|pa(?:y|id|ys)(?!\s+for\b)|spen[dt]\w*|budget\w*|invest\w*|worth|"
                              r"earn\w*|raised?|allocat\w*|set\s+aside|owe[ds]?|los(?:e|s|ing|t)|sav(?:e|ed|ing)|"
                              r"put|pump\w*|plough\w*|pour\w*|grant\w*)\b[^.;\d]{0,15}$")
_PRICED_AT = re.compile(r"(?i)\b(?:costs?|costing|paid|pays|spent|spends|fetch(?:es|ed)?)\s+"
                        r"(?:about\s+|around\s+|roughly\s+|just\s+|only\s+|nearly\s+|almost\s+)?$")
_SUM_TALK_AFTER = re.compile(r"(?i)^\s*(?:of\s+(?:it|that|this|which|the\s+money)\b|"
                             r"(?:will|would)\s+(?:pay|go|fund|cover|endow|be\s+spent)\b|"
                             r"(?:more|less)\s+than\s+it\b|in\s+(?:losses|revenue|sales|profit|fees|fines)\b|"
                             # a sum's shares by who pays them: "40 million from the state and 12
                             # million from the region"
                             r"from\s+(?:the\s+)?(?:state|government|region|province|city|council|ministry|treasury|"
                             r"(?:regional|national|federal|provincial|local)\s+(?:government|budget|authorities))\b)")


def _currency_of_bare_sums(records: list[ClaimRecord]) -> None:
    """A scaled number with nothing counted after it, in a sentence whose sums (or the previous
    sentence's) are in one currency, told as money ("spent 80 mln", "nine hundred million of
    it", "we spent 95 mln"), is a sum in it."""
    by_sentence: dict[tuple[str, int], set[str]] = {}
    previous: dict[tuple[str, int], int] = {}  # each sentence with claims -> the one with claims before it
    last: dict[str, int] = {}
    for record in records:
        c = record.claim
        if last.get(c.source, c.sentence_start) != c.sentence_start:
            previous[(c.source, c.sentence_start)] = last[c.source]
        last[c.source] = c.sentence_start
        if c.kind is Kind.money and c.unit:
            by_sentence.setdefault((c.source, c.sentence_start), set()).add(c.unit)
    for record in records:
        c = record.claim
        # the sentence's own currency, else the one the sentence before told its sums in
        currencies = by_sentence.get((c.source, c.sentence_start)) or by_sentence.get(
            (c.source, previous.get((c.source, c.sentence_start), -1)), set())
        if c.kind is not Kind.count or c.noun or len(currencies) != 1 or c.role is Role.prior:
            continue
        before, after = c.sentence[:c.start - c.sentence_start], c.sentence[c.end - c.sentence_start:]
        # An unscaled number right after a price verb is a sum too ("a new one costs 243,000"),
        # when nothing counted follows it.
        if not (_SCALED_TEXT.search(c.text) or (_PRICED_AT.search(before) and _NOTHING_AFTER.match(after))):
            continue
        if not (_SUM_TALK_BEFORE.search(before) or _SUM_TALK_AFTER.match(after)):
            continue
        record.claim = c.model_copy(update={"kind": Kind.money, "unit": next(iter(currencies))})


def _units_of_bare_bases(records: list[ClaimRecord]) -> None:
    """A bare number after "from", right after a level in a unit, is that level's earlier value
    in the same unit (and scale: "rose to $4.2bn from 3.9" is 3.9 billion dollars); so is one
    in a bracket naming an earlier period ("£21.9bn (2029: 17.3)")."""
    for before, record in zip(records, records[1:]):
        claim, level = record.claim, before.claim
        base = _BARE_BASE.fullmatch(claim.text) if claim.kind is Kind.count else None
        if (base is None or (claim.noun and claim.noun not in level.text.lower())  # ("42 km from 35 stations")
                or level.kind not in _INHERITING_KINDS
                or level.role is not Role.level or level.source != claim.source
                or level.sentence_start != claim.sentence_start or not isinstance(level.value, (int, float))):
            continue
        between = claim.sentence[level.end - level.sentence_start:claim.start - claim.sentence_start]
        if not ((claim.role is Role.prior and _BARE_BASE_BETWEEN.fullmatch(between))
                or _EARLIER_PERIOD_BRACKET.fullmatch(between)):  # "21.9 bln pounds (2029: 17.3 bln)"
            continue
        if base.group("scale"):
            # "fell to 83 mln pounds from 117 mln": the base's own scale, the level's unit
            record.claim = claim.model_copy(update={"kind": level.kind, "unit": level.unit})
            continue
        written = _FIRST_DIGITS.search(level.text)
        number = float(written.group().replace(",", "")) if written else 0.0
        if not number:
            continue
        factor = level.value / number
        update = {"kind": level.kind, "unit": level.unit,
                  **{k: getattr(claim, k) * factor for k in ("value", "low", "high") if getattr(claim, k) is not None}}
        record.claim = claim.model_copy(update=update)


def extract_corpus(articles: list[tuple[str, str]]) -> list[list[ClaimRecord]]:
    """Claims of many articles (source, text), as a scan finds them: a wire date line without
    a year takes the year of the dated articles on the same story (dates.years_from_siblings),
    over any the story's own words suggest."""
    lines = [read_date_line(text) for _source, text in articles]
    yearless = [(i, line.yearless) for i, line in enumerate(lines) if line.yearless]
    days = [(f"--{month:02d}-{day:02d}", article_topic(articles[i][1])) for i, (month, day, _span) in yearless]
    dated = [(line.published.isoformat(), article_topic(text)) for line, (_source, text) in zip(lines, articles)
             if line.published and not line.yearless]
    given = {i: date for (i, _line), date in zip(yearless, years_from_siblings(days, dated))}
    read = [extract_article_cues(text, source, *dated_by(line, given.get(i))) for i, (line, (source, text))
            in enumerate(zip(lines, articles))]
    currencies = currencies_from_siblings([(cues, article_topic(text)) for (_records, cues), (_source, text)
                                           in zip(read, articles)])
    for (records, _cues), currency in zip(read, currencies):
        story_currency(records, currency)
    return [records for records, _cues in read]


def _dollars_of_the_article(text: str, records: list[ClaimRecord]) -> None:
    """An article that writes its dollars as one country's ("A$318 mln") and never as US
    dollars means that country's by a bare "$" or "dollars" elsewhere, as a reader takes it."""
    if "$" not in text:
        return
    named = {m.group(1).upper() for m in NAMED_DOLLAR.finditer(text)}
    if len(named) != 1 or US_DOLLAR.search(text):
        return
    code = CURRENCY_PREFIX[named.pop().lower() + "$"]
    for record in records:
        claim = record.claim
        if claim.unit == "USD" and claim.kind is Kind.money and BARE_DOLLAR.search(claim.text):
            record.claim = claim.model_copy(update={"unit": code})


# Currency words several countries use, read as the first country's until the article names
# another: pesos (Mexico's), kroner and crowns (Norway's), rupees (India's), shillings
# (Kenya's), dirhams (the UAE's), dollars (the US's).  Each candidate is told by its country's
# name and people only, never its towns: a list of places would be a list of the stories
# already read.
_COUNTRY_CURRENCIES: dict[str, tuple[re.Pattern[str], tuple[tuple[str, re.Pattern[str]], ...]]] = {
    "MXN": (re.compile(r"(?i)\bpesos?\b"), (
        ("MXN", re.compile(r"\bMexic\w*")), ("ARS", re.compile(r"\bArgentin\w*")),
        ("CLP", re.compile(r"\bChile(?:an|ans)?\b")), ("COP", re.compile(r"\bColombia\w*")),
        ("UYU", re.compile(r"\bUruguay\w*")), ("PHP", re.compile(r"\bPhilippin\w*|\bFilipino")))),
    "NOK": (re.compile(r"(?i)\bkron(?:er|e)\b|\bcrowns\b"), (
        ("NOK", re.compile(r"\bNorw\w*")), ("DKK", re.compile(r"\bDenmark\b|\bDanish\b")),
        ("CZK", re.compile(r"\bCzech\w*")), ("SEK", re.compile(r"\bSwed(?:en|ish)\b")))),
    "INR": (re.compile(r"(?i)\brs(?![a-z])|\brupees?\b"), (
        ("INR", re.compile(r"\bIndia(?:n|ns)?\b")), ("LKR", re.compile(r"\bSri\s+Lanka(?:n|ns)?\b|\bCeylon(?:ese)?\b")),
        ("PKR", re.compile(r"\bPakistan(?:i|is)?\b")), ("NPR", re.compile(r"\bNepal(?:i|is|ese)?\b")),
        ("MUR", re.compile(r"\bMaurit(?:ius|ian|ians)\b")), ("SCR", re.compile(r"\bSeychell(?:es|ois)\b")))),
    "KES": (re.compile(r"(?i)\bshillings?\b|(?<![A-Za-z])shs?(?![a-z])"), (
        ("KES", re.compile(r"\bKenya(?:n|ns)?\b")), ("UGX", re.compile(r"\bUganda(?:n|ns)?\b")),
        ("TZS", re.compile(r"\bTanzania(?:n|ns)?\b")))),
    "AED": (re.compile(r"(?i)\bdirhams?\b|\bdhs?(?![a-z])"), (
        ("AED", re.compile(r"\bUnited\s+Arab\s+Emirates\b|\bUAE\b|\bEmirati(?:s)?\b")),
        ("MAD", re.compile(r"\bMorocc\w*")))),
    # dinars: Algeria's (the most people) until the article names another country that uses them
    "DZD": (re.compile(r"(?i)\bdinars?\b"), (
        ("DZD", re.compile(r"\bAlgeria(?:n|ns)?\b")), ("TND", re.compile(r"\bTunisia(?:n|ns)?\b")),
        ("JOD", re.compile(r"\bJordan(?:ian|ians)?\b")), ("KWD", re.compile(r"\bKuwait(?:i|is)?\b")),
        ("BHD", re.compile(r"\bBahrain(?:i|is)?\b")), ("IQD", re.compile(r"\bIraq(?:i|is)?\b")),
        ("LYD", re.compile(r"\bLibya(?:n|ns)?\b")), ("RSD", re.compile(r"\bSerbia(?:n|ns)?\b")))),
    "SAR": (re.compile(r"(?i)\bri?yals?\b|\brials?\b"), (
        ("SAR", re.compile(r"\bSaudi(?:s)?\b")), ("QAR", re.compile(r"\bQatar(?:i|is)?\b")),
        ("OMR", re.compile(r"\bOman(?:i|is)?\b")), ("IRR", re.compile(r"\bIran(?:ian|ians)?\b")),
        ("YER", re.compile(r"\bYemen(?:i|is)?\b")))),
    "UZS": (re.compile(r"(?i)\bsoms?\b"), (
        ("UZS", re.compile(r"\bUzbek\w*")), ("KGS", re.compile(r"\bKyrgyz\w*")))),
    # francs: Swiss until the article names a country of the West or Central African CFA franc
    "CHF": (re.compile(r"(?i)\bfrancs?\b"), (
        ("CHF", re.compile(r"\bSwitzerland\b|\bSwiss\b")),
        ("XOF", re.compile(r"\bSenegal\w*|\bMali(?:an|ans)?\b|\bIvor(?:y|ian)\b|\bC[oô]te\s+d['’]Ivoire\b|"
                           r"\bBurkin\w*|\bNiger(?:ien|iens)?\b|\bBenin\w*|\bTog(?:o|olese)\b|\bGuinea-Bissau\b")),
        ("XAF", re.compile(r"\bCameroon\w*|\bGabon\w*|\bChad(?:ian|ians)?\b|\bCongo(?:lese)?\b|"
                           r"\bCentral\s+African\s+Republic\b|\bEquatorial\s+Guinea\w*")),
        ("RWF", re.compile(r"\bRwand(?:a|an|ans)\b")), ("BIF", re.compile(r"\bBurund(?:i|ian|ians)\b")),
        ("DJF", re.compile(r"\bDjibouti(?:an|ans)?\b")))),
    "RON": (re.compile(r"(?i)\ble[iu]\b"), (
        ("RON", re.compile(r"\bRomania(?:n|ns)?\b")), ("MDL", re.compile(r"\bMoldova(?:n|ns)?\b")))),
    "ZMW": (re.compile(r"(?i)\bkwacha\b|(?<![A-Za-z])K\d"), (
        ("ZMW", re.compile(r"\bZambia(?:n|ns)?\b")), ("MWK", re.compile(r"\bMalawi(?:an|ans)?\b")))),
    "USD": (re.compile(r"(?i)(?<![A-Za-z.])\$|\bdollars?\b"), (
        ("USD", re.compile(r"\bUnited\s+States\b|\bU\.S\.|\bUS\b|\bAmerica(?:n|ns)?\b")),
        ("AUD", re.compile(r"\bAustralia(?:n|ns)?\b")), ("NZD", re.compile(r"\bNew\s+Zealand(?:er|ers)?\b")),
        ("CAD", re.compile(r"\bCanad(?:a|ian|ians)\b")), ("SGD", re.compile(r"\bSingapor(?:e|ean|eans)\b")),
        ("HKD", re.compile(r"\bHong\s+Kong\b")), ("FJD", re.compile(r"\bFiji(?:an|ans)?\b")),
        ("WST", re.compile(r"\bSamoa(?:n|ns)?\b")), ("JMD", re.compile(r"\bJamaica(?:n|ns)?\b")),
        ("TTD", re.compile(r"\bTrinidad\b")), ("BZD", re.compile(r"\bBeliz(?:e|ean|eans)\b")),
        ("BSD", re.compile(r"\bBaham(?:as|ian|ians)\b")), ("BBD", re.compile(r"\bBarbad(?:os|ian|ians)\b")),
        ("GYD", re.compile(r"\bGuyan(?:a|ese)\b")), ("NAD", re.compile(r"\bNamibia(?:n|ns)?\b")),
        ("TWD", re.compile(r"\bTaiwan(?:ese)?\b")), ("BND", re.compile(r"\bBrunei(?:an|ans)?\b")))),
}
# How often the country must be named: a bare "$" is so common (and the US so rarely named in
# its own news) that one passing mention of another country ("mailed back from Canada") does
# not make an article's dollars that country's.
_TIMES_NAMED = {"USD": 2}
_BRACKET = re.compile(r"\([^)]*\)?")
_NAMED_IN_CLAIM = re.compile(r"(?i)\b(?:mexican|argentine|chilean|colombian|uruguayan|philippine|norwegian|danish|"
                             r"indian|pakistani|nepali|nepalese|sri\s+lankan|czech|swedish|u\.s|us|american|australian|"
                             r"canadian|singapore|hong\s+kong|new\s+zealand|moroccan|emirati|kenyan|ugandan|tanzanian|"
                             r"algerian|tunisian|jordanian|kuwaiti|bahraini|iraqi|libyan|serbian|saudi|qatari|omani|iranian|"
                             r"yemeni|uzbek|kyrgyz|swiss|cfa|fijian|samoan|jamaican|namibian|taiwanese|mauritian|rwandan|"
                             r"romanian|moldovan|zambian|malawian)\b"
                             r"|(?-i:[A-Z]{3})")


def _bare_sums(records: list[ClaimRecord], default: str) -> list[ClaimRecord]:
    """The sums in ``default`` written with the currency word alone ("$4m", "90 rupees"), not
    one country's (a bracketed conversion, "Rs. 90 mn (about US$ 0.3 mn)", names the other
    sum's currency)."""
    word = _COUNTRY_CURRENCIES[default][0]
    return [r for r in records if r.claim.unit == default and r.claim.kind is Kind.money
            and word.search(own := _BRACKET.sub("", r.claim.text)) and not _NAMED_IN_CLAIM.search(own)]


def _currency_of_the_country(text: str, records: list[ClaimRecord]) -> frozenset[str]:
    """'35 million kroner' in an article about Denmark is Danish, '$43.7 million' in one about
    New Zealand (named twice) New Zealand's: a currency word that several countries use is the one
    country's the article names most (and only it, or clearly most).  Returns the currency words
    (by their default code) the article leaves undecided: bare sums, no country named enough,
    no sum of the word written as one country's."""
    undecided = set()
    for default, (_word, countries) in _COUNTRY_CURRENCIES.items():
        bare = _bare_sums(records, default)
        if not bare:
            continue
        named = sorted(((len(pattern.findall(text)), code) for code, pattern in countries), reverse=True)
        (most, code), (next_most, _next_code) = named[0], named[1]
        if most < _TIMES_NAMED.get(default, 1) or most < 2 * next_most:
            family = _CURRENCY_FAMILIES[default]
            # (cents follow the article's sums, _cents_of_the_article)
            if len(bare) == sum(1 for r in records if r.claim.kind is Kind.money and r.claim.unit in family
                                and not (r.claim.unit == "USD" and _CENTS.search(r.claim.text))):
                undecided.add(default)
            continue
        if code == default:
            continue
        for record in bare:
            record.claim = record.claim.model_copy(update={"unit": code})
    return frozenset(undecided)


_NICARAGUA = re.compile(r"\bNicaragua(?:n|ns)?\b|\bc[oó]rdobas?\b")
_CANADA = re.compile(r"\bCanad(?:a|ian|ians)\b")


def _cordobas(text: str, records: list[ClaimRecord]) -> None:
    """Nicaragua writes its córdobas "C$", as Canada its dollars: in an article that names
    Nicaragua (or córdobas) and never Canada, a "C$" sum is in córdobas."""
    if "C$" not in text or not _NICARAGUA.search(text) or _CANADA.search(text):
        return
    for record in records:
        if record.claim.unit == "CAD" and "C$" in record.claim.text:
            record.claim = record.claim.model_copy(update={"unit": "NIO"})


# Each shared currency word's codes: the sums an article writes as one of them.
_CURRENCY_FAMILIES = {default: frozenset({default, *(code for code, _pattern in countries)})
                      for default, (_word, countries) in _COUNTRY_CURRENCIES.items()}
_CURRENCY_FAMILIES["USD"] |= NAMED_DOLLAR_CODES


@dataclasses.dataclass(frozen=True)
class CurrencyCues:
    """What an article says about whose currency its sums are, for the other articles on its
    story: the currency words it leaves undecided (``bare``, by default code) and how many of
    its sums it writes as one country's (``marks``, by code, for the shared currency words)."""

    bare: frozenset[str] = frozenset()
    marks: tuple[tuple[str, int], ...] = ()
    named: frozenset[str] = frozenset()  # the currencies of the countries it names (of the shared words)

    def dumps(self) -> str:
        """As stored: '' when the article has no sums of the shared currency words."""
        if not (self.bare or self.marks):
            return ""
        return json.dumps({"bare": sorted(self.bare), "marks": dict(self.marks), "named": sorted(self.named)},
                          separators=(",", ":"))

    @classmethod
    def loads(cls, text: str) -> CurrencyCues:
        if not text:
            return cls()
        data = json.loads(text)
        return cls(frozenset(data["bare"]), tuple(sorted(data["marks"].items())), frozenset(data["named"]))


_FAMILY_CODES = frozenset().union(*_CURRENCY_FAMILIES.values())


def currency_cues(text: str, records: list[ClaimRecord], undecided: frozenset[str]) -> CurrencyCues:
    """The article's cues from its claims as read (before its story's currencies are given to
    it, so that articles never confirm each other's guesses)."""
    marks = Counter(r.claim.unit for r in records if r.claim.kind is Kind.money and r.claim.unit in _FAMILY_CODES
                    and r.claim.unit not in undecided)
    # (named as often as the country rule asks: one "US manufacturer" says nothing of the dollars)
    named = frozenset(code for _word, countries in _COUNTRY_CURRENCIES.values() for code, pattern in countries
                      if len(pattern.findall(text)) >= _TIMES_NAMED.get(code, 1)) if undecided else frozenset()
    return CurrencyCues(undecided, tuple(sorted(marks.items())), named)


# How many of a story's sums must be written as one country's (and twice as many as any other
# country's of the same word) for its undecided articles to be read so.
STORY_CURRENCY_MARKS = 2
# The names an article leads with (its topic's first), and how rare a name must be to tell a
# story: in the topics of at most 10 articles, or of one in 250 in a large corpus.
STORY_LEAD_NAMES = 2
STORY_NAME_ARTICLES = 10
STORY_NAME_SHARE = 250


def currencies_from_siblings(articles: list[tuple[CurrencyCues, Sequence[str]]]) -> list[dict[str, str]]:
    """For each article (its cues, its topic), the currency each of its undecided currency words
    is on its story: the one the other articles on the story write their sums of that word in,
    by a clear lead ('$' in a local paper that never names its country, when the wires on the
    story write 'A$').  An article that names a country using another currency of the word
    keeps its own reading."""
    telling = _telling_names([topic for _cues, topic in articles])
    topics = [[name for name in topic if name in telling] for _cues, topic in articles]
    by_name: dict[str, list[int]] = {}
    for index, ((cues, _topic), names) in enumerate(zip(articles, topics)):
        if cues.marks:
            for name in names:
                by_name.setdefault(name, []).append(index)
    out: list[dict[str, str]] = []
    for index, ((cues, _topic), names) in enumerate(zip(articles, topics)):
        given: dict[str, str] = {}
        if cues.bare:
            shared = Counter(i for name in names for i in by_name.get(name, ()) if i != index)
            # Two stories in one corpus often share a name or two, rarely what each is about: a
            # sibling shares the name both lead with, or shares two and a leading one each way.
            lead = set(names[:STORY_LEAD_NAMES])
            siblings = [i for i, n in shared.items()
                        if names[0] == topics[i][0]
                        or (n >= STORY_SHARED_NAMES and lead & set(topics[i])
                            and set(topics[i][:STORY_LEAD_NAMES]) & set(names))]
            for default in cues.bare:
                family = _CURRENCY_FAMILIES[default]
                marks: Counter[str] = Counter()
                for i in siblings:
                    marks.update({code: n for code, n in articles[i][0].marks if code in family})
                ranked = marks.most_common(2) + [("", 0), ("", 0)]
                (code, most), (_other, next_most) = ranked[0], ranked[1]
                if (code and code != default and most >= STORY_CURRENCY_MARKS and most >= 2 * next_most
                        and cues.named <= {code}):
                    given[default] = code
        out.append(given)
    return out


def _telling_names(topics: list[Sequence[str]]) -> set[str]:
    """The names that tell a story from the others: those in the topics of at most
    STORY_NAME_ARTICLES articles, or one in STORY_NAME_SHARE of a large corpus ('wire', 'port'
    or a country's name lead the topics of many stories)."""
    most = max(STORY_NAME_ARTICLES, len(topics) // STORY_NAME_SHARE)
    articles = Counter(name for topic in topics for name in set(topic))
    return {name for name, n in articles.items() if n <= most}


def story_currency(records: list[ClaimRecord], given: dict[str, str]) -> None:
    """Read an article's bare sums in the currencies its story gives them (currencies_from_siblings)."""
    for default, code in given.items():
        for record in _bare_sums(records, default):
            record.claim = record.claim.model_copy(update={"unit": code})
    if given:
        _cents_of_the_article(records)


# Currencies divided into cents: a bare "cents" is the cents of the one such currency an
# article's sums are in ("a day pass will cost €4.80, thirty cents more").
_CENT_CURRENCIES = frozenset({"USD", "EUR", "AUD", "NZD", "CAD", "HKD", "SGD", "ZAR"})
_CENTS = re.compile(r"(?i)\bcents?\b|\dc/")


def _cents_of_the_article(records: list[ClaimRecord]) -> None:
    """Cents are read as US cents until the article's sums say whose they are."""
    cents = [r for r in records if r.claim.kind is Kind.money and r.claim.unit == "USD" and _CENTS.search(r.claim.text)]
    if not cents:
        return
    currencies = {r.claim.unit for r in records if r.claim.kind is Kind.money and not _CENTS.search(r.claim.text)}
    if len(currencies) != 1 or not currencies <= _CENT_CURRENCIES - {"USD"}:
        return
    code = currencies.pop()
    for record in cents:
        record.claim = record.claim.model_copy(update={"unit": code})


def dated_by(line: DateLine, sibling: dt.date | None) -> tuple[dt.date | None, tuple[int, int] | None]:
    """The date an article is read against and the span of its date line (never a claim): the
    date the articles on its story give a yearless date line, else its own."""
    span = line.yearless[2] if line.yearless else line.span
    return (sibling or line.published), span


_POSSESSIVE_BEFORE = re.compile(r"([A-Z][\w-]+)['’]s\s+$")
# ", a new national record", ", the highest since 1995": a noun phrase right after a figure.
_APPOSITIVE = re.compile(r",\s+((?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:record|high|low|peak|total|figure|level|"
                         r"majority|increase|rise|fall|drop|gain|loss|share|toll))\b")


def _date_headline_figures(text: str, records: list[ClaimRecord]) -> None:
    """A headline's figure is the story's: "Twenty-six dead in ..." holds when the body's
    "Twenty-six miners were killed ..., the governor said on Wednesday" does, not on the day
    the article appeared."""
    headline_end = text.find("\n")
    if headline_end < 0:
        return
    body = [r for r in records if r.claim.start > headline_end and r.claim.time and r.claim.kind is not Kind.date]
    for record in records:
        claim = record.claim
        if claim.start >= headline_end or claim.kind is Kind.date:
            continue
        same = next((r for r in body if r.claim.kind is claim.kind and r.claim.unit == claim.unit
                     and r.claim.value == claim.value and r.claim.role is claim.role), None)
        if same is not None and same.claim.time != claim.time:
            _take_time(record, same)


def _date_references(text: str, records: list[ClaimRecord]) -> None:
    """"The two men arrested, aged 31 and 44, ..." restates "arrested two men on Tuesday": a
    count of named things with no time of its own holds when the earlier same count does."""
    for i, record in enumerate(records):
        claim = record.claim
        if claim.time is not None or not _counts_what_is_named(text, claim.sentence_start, claim):
            continue
        same = next((r for r in reversed(records[:i]) if r.claim.kind is claim.kind and r.claim.value == claim.value
                     and r.claim.time and r.claim.role is claim.role and r.claim.noun == claim.noun), None)
        if same is not None:
            _take_time(record, same)


def _take_time(record: ClaimRecord, same: ClaimRecord) -> None:
    record.time_low, record.time_high = same.time_low, same.time_high
    record.claim = record.claim.model_copy(update={"time": same.claim.time, "time_target": same.claim.time_target})


_NAME = re.compile(r"\b([A-Z][a-z]{2,}|[A-Z]{3,})\b")
# Capitalised words every kind of story uses: they say nothing about which event it is.
_GENERIC_NAMES = frozenset(
    """ministry minister health state states agency government department national international office bureau
    council commission company group bank central foreign interior president prime chief city county province
    region district north south east west northern southern eastern western new world united nations
    news press reuters update updated published posted share comments advertisement reading related read
    more about contact follow subscribe photo image credit file according officials police report
    chamber senate parliament assembly congress deputies court committee""".split()
)


@lru_cache(maxsize=4)
def proper_nouns(text: str) -> frozenset[str]:
    """Proper nouns are the capitalised words seen mid-sentence at least once; a capital after
    a full stop or at a line start says nothing ("Revenue rose", "Two people died")."""
    mid_sentence = {m.group(1).lower() for m in _NAME.finditer(text)
                    if m.start() > 1 and text[m.start() - 2] not in ".!?:\n*#-|" and text[m.start() - 1] == " "
                    and not m.group(1).isupper()}
    # A name that only ever opens sentences ("Quenby Stores said ... Quenby expects ..."):
    # capitalised three times or more, never written in lower case, and once the first word of
    # a longer name (not "Meanwhile, ..." or "Residents said").
    openers = {w.lower() for w, n in Counter(_NAME.findall(text)).items()
               if n >= 3 and not w.isupper() and w.lower() not in mid_sentence}
    if openers:
        mid_sentence |= {w for w in openers if not _written_lower(text, w) and w not in ctx.STOPWORDS
                         and w not in _GENERIC_NAMES
                         and re.search(r"\b" + re.escape(w.capitalize()) + r"\s+[A-Z][a-z]", text)}
    # "Morvania's Chamber of Deputies passed ...": a capitalised possessive, even opening a
    # line, is a name (not "Today's", "Monday's", "Last year's").
    mid_sentence |= {w for w in (m.group(1).lower() for m in _POSSESSIVE_NAME.finditer(text))
                     if w not in ctx.STOPWORDS and w not in _GENERIC_NAMES and w not in _DAY_WORDS
                     and not _written_lower(text, w)}
    return frozenset(mid_sentence)


_POSSESSIVE_NAME = re.compile(r"\b([A-Z][a-z]{2,})['’]s\b")
_DAY_WORDS = frozenset("today yesterday tomorrow tonight".split())


def _written_lower(text: str, word: str) -> bool:
    """Does the text write ``word`` (lower case) as a word of its own ("tap water", "its
    stores")?  A substring test first: most names never appear in lower case at all."""
    return word in text and re.search(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w'’-])", text) is not None


def _name_table_rows(text: str, row: TableRow, records: list[ClaimRecord], proper: frozenset[str]) -> None:
    """A table's row label names whose figure it is ("| National Union | 2,016,000 | 71 |"):
    its proper nouns and acronyms become the claim's names, as for a name next to a number in
    a sentence, so rows of different parties or firms are told apart."""
    for record in records:
        cell = row.context_of(text, record.claim.start)
        if not cell or not cell[0]:
            continue
        names = set()
        for run in re.finditer(r"[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*", cell[0]):
            words = [w for w in run.group().split() if w.lower() not in ctx.STOPWORDS]  # not "July"
            if words and any(w.lower() in proper or (w.isupper() and len(w) >= 2) for w in words):
                names.add(" ".join(ctx.stem(w.lower()) for w in words))
        record.names = sorted(names - set(record.names)) + record.names


TOPIC_NAMES = 12  # an article's recurring names kept with each claim, after its own names


# "By Ruth Adeyemi, Health Correspondent", "By Janelle Ruiz | The Harbor City Ledger": a byline
# line (not "By Tuesday the agency had raised the toll").
# "Posted 3 May 2030 by Anwen Weller | Filed under: Energy": a blog's byline.
_BYLINE = re.compile(r"(?m)^[ \t*_]*(?:(?:Posted|Published|Written|Updated)\b[^\n]{0,40}?\s)?[Bb]y\s+"
                     r"(?:[A-Z][\w'’.-]*\s?){1,4}(?:[,|].*|\s+in\s+[A-Z].*)?$")


@lru_cache(maxsize=4)
def _byline_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The byline lines near the top of an article ("By Ruth Adeyemi | The Ledger | 4 May 2031")."""
    return tuple(m.span() for m in _BYLINE.finditer(text, 0, 2000))


@lru_cache(maxsize=4)
def article_topic(text: str, size: int = TOPIC_NAMES) -> tuple[str, ...]:
    """The names an article keeps coming back to (places, firms, people): two articles about
    one event share some; articles about different events rarely do.  (Cached, like
    ``proper_nouns``: the scan and the extractor both ask for the article in hand.)"""
    counts: dict[str, int] = {}
    lead = len(text[:400])
    proper = proper_nouns(text)
    # A common noun inside a name ("Quenby Stores" and "its stores", "Quellbridge Water" and
    # "tap water") says what kind of story it is, not which one: two store chains share it.
    common = {w for w in proper if _written_lower(text, w)}
    bylines = _byline_spans(text)
    for match in _NAME.finditer(text):
        if any(start <= match.start() < end for start, end in bylines):
            continue  # the reporter's name and desk say nothing about the event
        word = match.group(1).lower()
        if word not in proper or word in ctx.STOPWORDS or word in _GENERIC_NAMES or word in common:
            continue
        key = ctx.stem(word)
        if len(key) > 5 and key.endswith("ian"):
            key = key[:-1]  # a people's name is its country's: "Sarvenian" tells the story "Sarvenia" does
        # A name in the headline or first lines counts double: it says what the story is about.
        counts[key] = counts.get(key, 0) + (2 if match.start() < lead else 1)
    ranked = sorted((n for n in counts.items() if n[1] >= 2), key=lambda kv: (-kv[1], kv[0]))
    return tuple(word for word, _count in ranked[:size])


def _extract_sentence(text: str, sentence: Sentence, previous: Sentence | None, previous_records: list[ClaimRecord],
                      published: dt.date | None,
                      source: str, lines: LineIndex, last_subject: dict[Kind, ClaimRecord],
                      table_row: TableRow | None = None, proper: frozenset[str] = frozenset()) -> list[ClaimRecord]:
    s_start, s_end = sentence.start, sentence.end
    if not _DIGIT.search(sentence.text) and not _may_hold_words(sentence.text):
        return []
    noise = noise_spans(text, s_start, s_end)
    dates = [d for d in find_dates(text, s_start, s_end, published) if not _overlaps_noise(d.start, d.end, noise)
             and not _is_caption(text, s_start, d.start)]
    masked = sorted(noise + [(d.start, d.end) for d in dates])
    quantities = _merge_adjacent(text, find_quantities(text, s_start, s_end, masked))
    if not quantities and not dates:
        return []
    times = ctx.find_times(text, s_start, s_end, published)
    attribution = ctx.find_attribution(sentence.text)
    parts = ctx.attribution_parts(sentence.text)
    all_spans = [(q.start - s_start, q.end - s_start) for q in quantities] + [(d.start - s_start, d.end - s_start) for d in dates]
    out: list[ClaimRecord] = []
    sentence_words = Counter(ctx.stem(w) for w in re.findall(r"[A-Za-z]+", sentence.text))
    items: list[RawQuantity | RawDate] = sorted([*quantities, *dates], key=lambda x: x.start)
    for item in items:
        if table_row is not None and table_row.is_row_number(item.start):
            continue  # "| 1 | Brackmoor Park |", "| 2 | Saltmarsh Ground |": the rows are numbered
        who = ctx.attribution_at(parts, item.start - s_start) if parts else attribution
        cell = table_row.context_of(text, item.start) if table_row else None
        # In a table, another cell's date ("| 45.7°C | 44.1°C (2019) |") times that cell only.
        own_times = times if table_row is None else [
            t for t in times if any(cs <= item.start < ce and cs <= t.start < ce for cs, ce in table_row.cells)]
        extracted = (_date_claim(text, sentence, item, source, lines, who) if isinstance(item, RawDate)
                     else _quantity_claim(text, sentence, item, source, lines, own_times, who, in_table=cell is not None,
                                          published=published))
        if extracted is None:
            continue
        _carry_currency(text, extracted, out, previous_records)
        if cell is not None:
            out.append(_in_table(extracted, cell, published, table_row.table_labels() if table_row else ()))
            continue
        rel_start = extracted.claim.start - s_start
        rel_end = extracted.claim.end - s_start
        others = [span for span in all_spans if not (span[0] >= rel_start and span[1] <= rel_end)]
        words = ctx.subject_words(sentence.text, rel_start, rel_end, previous.text if previous else None, others,
                                  proper)
        # Words of who said it, unless the sentence also uses them elsewhere ("the Vestra bridge
        # ..., the Vestra transport agency said": Vestra stays).
        said_by = [ctx.stem(w) for w in re.findall(r"[A-Za-z]+", who or "")]
        speaker = {w for w in said_by if sentence_words[w] <= said_by.count(w)}
        local = [w for w in words.local if w not in speaker]
        if len(local) >= 6 and _LINKING.search(text, max(s_start, extracted.claim.start - 25), extracted.claim.start):
            # "The death toll from the earthquake that struck ... rose to 112": the subject
            # stands too far back to be among the nearest words, yet it is what 112 measures.
            clause_subject = [w for w in ctx.clause_subject(sentence.text, rel_start) if w not in local[:2]]
            local = local[:1] + clause_subject + [w for w in local[1:] if w not in clause_subject]
        head = sentence.text[max(0, rel_start - 60):rel_start]
        refers_back = bool(_GENERIC_REFERENCE.search(head))
        # What the sentence points back to is its subject, so those words come first.
        own = [] if words.widened else local  # borrowed words replace a widened guess
        if refers_back and extracted.claim.kind in last_subject:
            local = last_subject[extracted.claim.kind].local + own  # "the true figure was $410m"
        elif ctx.is_anaphoric(sentence.text) and previous_records:
            local = previous_records[0].local + own  # "This showed an increase of 31%"
        appositive = _APPOSITIVE.match(sentence.text, rel_end)
        if appositive and not any(rel_end <= s < appositive.end() for s, _e in others):
            # "logged 46.9 degrees, a new national record": the phrase after the comma names
            # what the number is.
            local = local + [ctx.stem(w) for w in re.findall(r"[A-Za-z][\w-]*", appositive.group(1))
                             if w.lower() not in ctx.STOPWORDS and ctx.stem(w) not in local]
        # Who said it is not what is measured: the speaker's name neither links nor splits claims.
        names = [n for n in words.names if not set(n.lstrip("~@").split()) <= speaker]
        # "Brask took 104,760 votes to Sallow's 89,160": "Sallow's" owns the next figure.
        owners_after = {ctx.stem(m.group(1).lower()) for s, _e in others if s >= rel_end
                        for m in [_POSSESSIVE_BEFORE.search(sentence.text[rel_end:s])] if m}
        if owners_after:
            names = [n for n in names if not (set(n.lstrip("~@").split()) & owners_after)]
        # The words near the number, but not past a neighbouring figure: in "rose to 112, with
        # more than 600 people injured", "injured" is the 600's.
        near_start = max([rel_start - 60, 0] + [e for s, e in others if e <= rel_start])
        near_end = min([rel_end + 40] + [s for s, e in others if s >= rel_end])
        denominator = _DENOMINATOR.match(sentence.text, rel_end) if extracted.claim.kind is Kind.percent else None
        near_text = sentence.text[near_start:near_end]
        if denominator:
            # "2.6 per cent of national income": what the share is taken of, not what is measured
            near_text = sentence.text[near_start:rel_end] + " " + sentence.text[denominator.end():near_end]
        raw_near = [w.lower() for w in re.findall(r"[A-Za-z]+", near_text)]
        # The words right after the number, when they name a measure, name it alone: in "14
        # people were killed and 326 injured", 326 counts the injured, not the dead.
        after = re.split(r"[,;:()]", sentence.text[denominator.end() if denominator else rel_end:near_end], maxsplit=1)[0]
        right_after = ctx.measure_categories([w.lower() for w in re.findall(r"[A-Za-z]+", after)][:5])
        if denominator:
            denominator_words = set(re.findall(r"[a-z]+", denominator.group().lower()))
            local = [w for w in local if w not in denominator_words] or local
        categories = right_after or ctx.measure_categories(raw_near) | ctx.measure_categories(local[:6])
        if extracted.claim.kind in _PHYSICAL_KINDS:
            categories -= _MONEY_MEASURES  # "spend cash on a 40 GWh cell factory": 40 GWh is no cost
        names += ["=" + c for c in sorted(categories)]
        extracted.local, extracted.scope, extracted.names = local, words.scope, names
        subject = words.display or " ".join(local[:3])
        claim = extracted.claim
        extracted.claim = claim.model_copy(update={"subject": subject})
        if not refers_back and local:
            last_subject[claim.kind] = extracted
        out.append(extracted)
    # A date that only says when another figure holds ("In 2027, exports stood at...", "up from 97
    # in 2020") is that figure's time, not a claim of its own; one that dates an event ("signed on
    # Tuesday", "the lowest since 1995") is.
    # A number in digits counts as a figure here even when it is not kept as a claim ("compared
    # with 45,000"); a number word that is not a claim is a reference ("the two countries"), and
    # one that counts what the sentence names ("shut one of its three lines in September") is
    # no figure the date could time.
    # A number in a name ("Voyager 2", "Apollo 11") is neither.
    # A length of time that measures an act ("closed the lake for 19 days", "a 48-hour strike")
    # is part of the act, which the date dates (see _measures_an_act).
    # So is the size of a thing written as a compound ("opened a 2.3-hectare depot on 9 May"):
    # it takes no time from the day (see _quantity_claim), which dates the act.
    figures = sorted({(e.claim.start, e.claim.end) for e in out
                      if e.claim.kind is not Kind.date and not _counts_what_is_named(text, s_start, e.claim)
                      and not (e.claim.kind is Kind.duration and _measures_an_act(text, s_start, e.claim.start, e.claim.end))
                      and not _is_compound_size(text, e.claim.kind, e.claim.start, e.claim.end)}
                     | {(q.start, q.end) for q in quantities if not q.is_word
                        and not (q.kind is Kind.duration and _measures_an_act(text, s_start, q.start, q.end))
                        and not (q.kind is Kind.count and counts.names_the_number(text, s_start, q.start))
                        and not _is_compound_size(text, q.kind, q.start, q.end)})
    date_spans = [(e.claim.start, e.claim.end) for e in out if e.claim.kind is Kind.date]
    if not date_spans:
        return out
    tally = bool(_RUNNING_TALLY.search(sentence.text))
    # A single day is never the time of a length of time (_quantity_claim drops it: "after
    # almost five years of argument, the cabinet approved it on Tuesday"), so it cannot be
    # taken as one's time either: the day would be lost to both.
    durations = {(e.claim.start, e.claim.end) for e in out if e.claim.kind is Kind.duration} | {
        (q.start, q.end) for q in quantities if q.kind is Kind.duration}
    day_figures = [f for f in figures if f not in durations]

    def is_time(e: ClaimRecord, tally: bool) -> bool:
        low, high = _iso(e.claim.low), _iso(e.claim.high)
        single_day = bool(low) and low == high and len(str(low)) == 10
        return ctx.date_is_time(text, s_start, s_end, e.claim.start, e.claim.end, str(e.claim.value), low,
                                high, day_figures if single_day else figures,
                                [d for d in date_spans if d != (e.claim.start, e.claim.end)], tally)

    as_time = {id(e): is_time(e, tally) for e in out if e.claim.kind is Kind.date}
    if table_row is not None and len(table_row.cells) > 1:
        # A date in a row's label ("| Admissions, 11-14 July | 1,140 |") is when the row's
        # figures hold, as _in_table reads it, not a claim of its own.
        label_start, label_end = table_row.cells[0]
        for e in out:
            span = next(((cs, ce) for cs, ce in table_row.cells[1:] if cs <= e.claim.start < ce), None)
            if (e.claim.kind is Kind.date and span is not None and not text[span[0]:e.claim.start].strip(" *_")
                    and not any(not span[0] <= s < span[1] and _figure_cell(text, table_row, s, figures)
                                for s, _e in figures)):
                # "| Fire out | Wednesday 10 June, after 31 hours |": the cell's value, when no
                # other cell holds a figure it would time ("| Phase 2b | 2024 | 1,200 |").
                as_time[id(e)] = False
        later = [s for s, _e in figures if s >= label_end]
        if later:
            # ... unless every figure after it stands in a line of prose (a timeline's event
            # day), or a cell of words names what happened ("| March 1975 | Ulmsted hairpins |
            # 4 |"): a list of events, each dated.
            holds = any(_figure_cell(text, table_row, s, figures) for s in later)
            listed = _names_an_event(text, table_row, figures)
            for e in out:
                if e.claim.kind is Kind.date and label_start <= e.claim.start < label_end:
                    # (not a date in a bracket of the label: "| Operations postponed (to 5 Nov) |")
                    as_time[id(e)] = holds and not (listed and "(" not in text[label_start:e.claim.start])
    if tally and sum(as_time.values()) > 1:
        # When a tally was reported is its time only if it has none of its own: in "31 people
        # were injured Sunday ..., officials said Monday" Sunday is the figure's time, Monday
        # the date of the announcement.
        timed_by = _timed_by(text, figures, [(e.claim.start, e.claim.end) for e in out if as_time.get(id(e))])
        for e in out:
            if as_time.get(id(e)) and not is_time(e, False):
                i = bisect.bisect_right(figures, (e.claim.start, e.claim.start))
                if i and timed_by[i - 1] <= e.claim.start:
                    as_time[id(e)] = False
    return [e for e in out if not as_time.get(id(e)) and not (
        e.claim.kind is Kind.date and len(str(e.claim.value)) == 10 and _when_said(text, s_start, e.claim.start, e.claim.end))
        and not (e.claim.kind is Kind.date and _RELATIVE_DAY.fullmatch(e.claim.text) and _in_quotation(text, e.claim.start))]


# '"Fans did nothing wrong today," she said': a speaker's today is a way of talking, not a
# date the article reports (the article's own "published today" is one, or a figure's time).
_RELATIVE_DAY = re.compile(r"(?i)(?:on\s+)?(?:today|yesterday|tonight|tomorrow)")
_QUOTE_MARK = re.compile(r'["“”]')


def _in_quotation(text: str, at: int) -> bool:
    """Does ``text[at]`` stand inside a quotation opened earlier in its paragraph?"""
    paragraph = text.rfind("\n", 0, at) + 1
    return len(_QUOTE_MARK.findall(text, paragraph, at)) % 2 == 1


# "halted for 35 minutes", "lasted almost five weeks", "for two weeks in 2030", "waited 11 hours
# in a corridor on 3 May": how long something went on.  (Not "a wait of 12 weeks", "rose to seven
# weeks", "in the 36 hours to Friday": a level measured, or the period of one.)
_FOR_SPAN_BEFORE = re.compile(r"(?i)(?:\b(?:for|lasted|lasting|lasts|last|waited|waiting|spent|spending|queued|delayed)\s+"
                              r"(?:about\s+|almost\s+|nearly\s+|around\s+|some\s+|"
                              r"just\s+(?:over|under)\s+|more\s+than\s+|over\s+|up\s+to\s+|roughly\s+|at\s+least\s+)?)$")
# "a 48-hour strike", "a three-day walkout", "the 26-day expedition": a compound before its act
_LENGTH_OF_NOUN = re.compile(r"[\w.]+-(?:minute|hour|day|week|month|year)(?:-long)?$")


def _is_compound_size(text: str, kind: Kind, start: int, end: int) -> bool:
    """'a 2.3-hectare depot', 'the 340-megawatt unit': a physical size fused to its noun; and
    'the 71-year-old footbridge': an age, which no day of the news dates either."""
    if kind is Kind.duration:
        return text.startswith("-old", end) or text.startswith(" years old", end)
    return kind in _PHYSICAL_KINDS and bool(_COMPOUND_MEASURE.search(text, start, end))


def _measures_an_act(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Does the length of time at ``text[start:end]`` say how long something went on, rather
    than give a measured level ("response times of 23 minutes")?"""
    if _LENGTH_OF_NOUN.search(text, start, end) and re.match(r"\s+[a-z]", text[end:end + 3]) \
            and not re.match(r"\s+(?:old|average|mean|median|record|high|low)\b", text[end:end + 12]):
        return True
    return bool(_FOR_SPAN_BEFORE.search(text, max(sentence_start, start - 30), start))


# The day a source spoke: "the ministry said on Tuesday", "officials said Monday", "told
# parliament on Thursday", "said in a statement late on Friday".  Announcing is an act of its
# own ("announced the recall on Oct. 16"), so it is not among these verbs.
_SAID_ON_BEFORE = re.compile(
    r"(?i)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)"  # "was confirmed on March 11": an act
    r"\b(?:said|says|told\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w.-]+\s+)?[\w.-]+|reported|stated|confirmed|added)"
    r"(?:\s+in\s+a\s+(?:statement|briefing|filing|press\s+release|post))?"
    r"(?:\s+(?:late|early))?\s+(?:on\s+)?$")


def _when_said(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Is the day at ``text[start:end]`` only when a source spoke ("the ministry said on
    Tuesday", "Hadrosa today reported deliveries of 412,600")?  The corpus convention
    (fixtures/corpus/README.md) makes that neither a claim nor, unless it is a running tally's,
    a figure's time."""
    return bool(_SAID_ON_BEFORE.search(text, max(sentence_start, start - 60), start) or _SAID_AFTER.match(text, end))


# A report's day told before its verb: "Hadrosa Motors Group today reported", "the regulator
# on Monday confirmed".  Announcing and publishing (a report that is the news) stay acts of
# their own, as in _SAID_ON_BEFORE.
_SAID_AFTER = re.compile(r"\s+(?:has\s+)?(?:reported|reports|provides|provided|confirmed|confirms|said|says|stated|states)\b")


# A scaled number with nothing counted after it: "Halbrook with 71.9 mln and Quillet with 27.3 mln."
_BARE_SCALED = re.compile(r"(?i)[\d.,]+\s*(?:mln|million|bln|billion|bn|m|k)$")
# A sum spoken in words: "four hundred and twenty million", "two hundred and fifty thousand".
_SPOKEN_SCALED = re.compile(r"(?i)^[a-z]+(?:[\s-]+(?:and\s+)?[a-z]+)*\s+(?:thousand|million|billion)$")
_NOTHING_AFTER = re.compile(r"\s*(?:[,.;:)]|$|\s(?:and|or|each|apiece|respectively)\b)")


def _carry_currency(text: str, record: ClaimRecord, earlier: list[ClaimRecord],
                    previous: list[ClaimRecord] | None = None) -> None:
    """In a list of sums, outlets give the currency once ("Mirovex with 126 mln euros, Halbrook
    with 71.9 mln and Quillet with 27.3 mln"): a scaled count right after a sum, with nothing
    counted after it, is a sum in that currency.  Spoken, the sum may follow in the next
    sentence ("roughly thirty-five million euros a day. Over twelve days, that's four hundred
    and twenty million.")."""
    c = record.claim
    spoken = bool(_SPOKEN_SCALED.match(c.text))
    if c.kind is not Kind.count or not (_BARE_SCALED.search(c.text) or spoken) or not _NOTHING_AFTER.match(text, c.end):
        return
    sums = [e.claim for e in earlier if e.claim.kind is Kind.money and e.claim.sentence_start == c.sentence_start
            and 0 <= c.start - e.claim.end <= 60]
    if sums and not re.search(r"[.;:]", text[sums[-1].end:c.start]):
        record.claim = c.model_copy(update={"kind": Kind.money, "unit": sums[-1].unit})
        return
    if spoken and previous and not any(e.claim.kind in (Kind.money, Kind.count) for e in earlier):
        last = previous[-1].claim
        if last.kind is Kind.money and 0 <= c.start - last.end <= 120 and "\n" not in text[last.end:c.start]:
            record.claim = c.model_copy(update={"kind": Kind.money, "unit": last.unit})


def _names_an_event(text: str, row: TableRow, figures: list[tuple[int, int]]) -> bool:
    """Does a row hold, beside its label, a cell of words only ("| 2031 | Southern Brenlow |
    1.1 million |", "| October 2029 | 3.5% | rejected |")?"""
    headers = row.header[1:] + [""] * len(row.cells)
    return any(not any(start <= s < end for s, _e in figures) and not re.search(r"\d", text[start:end])
               and re.search(r"[A-Za-z]{3,}", text[start:end]) and "source" not in header.lower()
               for (start, end), header in zip(row.cells[1:], headers))


def _figure_cell(text: str, row: TableRow, offset: int, figures: list[tuple[int, int]]) -> bool:
    """Is the cell holding ``offset`` a figure with at most a short note ("1,140", "62,400 (up
    30%)"), not a line of prose that mentions one ("Website back online after 11 days"), where
    the row's date is the event's?"""
    for start, end in row.cells:
        if start <= offset < end:
            rest = "".join(ch if not any(s <= i < e for s, e in figures) else " "
                           for i, ch in enumerate(text[start:end], start))
            return len(re.findall(r"[A-Za-z]{2,}", rest)) < 4
    return True


def _timed_by(text: str, figures: list[tuple[int, int]], timed_at: list[tuple[int, int]]) -> list[float]:
    """For each figure (in order), where the figures up to it have all been given a time of their
    own: the end of the furthest of their times, each the first date read as a figure's time
    after the figure, in its clause ("31 people were injured Sunday"); infinity once one has
    none."""
    starts = [d[0] for d in timed_at]
    out: list[float] = []
    furthest = 0.0
    for _s, e in figures:
        i = bisect.bisect_left(starts, e)
        if (i == len(timed_at) or timed_at[i][0] - e > _OWN_TIME_REACH
                or ctx.DATE_CLAUSE.search(text, e, timed_at[i][0])):
            furthest = math.inf
        else:
            furthest = max(furthest, timed_at[i][1])
        out.append(furthest)
    return out


_OWN_TIME_REACH = 120  # how far after a figure its own time may stand


def _iso(bound: object) -> str | None:
    return bound if isinstance(bound, str) else None


# A picture's caption ("Photo: Residents wade through a street on Tuesday.", "*Map: fire
# perimeter on 21 July*") dates the picture, not a claim.
_CAPTION = re.compile(
    r"[ \t>*_]*(?:Photo|Pictured|Picture|Image|Map|Caption|Graphic|Chart|Video|Illustration)s?\b[^:\n]{0,30}:")


def _is_caption(text: str, sentence_start: int, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_CAPTION.match(text, line_start, start) or _CAPTION.match(text, sentence_start, start))


# "rose to 112", "stood at 140", "toll of 87": a bare number that states a level.
# A group counted by the number after "of": "a team of 23", "a crew of 22", "a hoard of 146".
_GROUP_OF = re.compile(
    r"(?i)\b(team|crew|staff|fleet|workforce|squad|hoard|convoy|flotilla|herd|flock|cast|choir|delegation|"
    r"contingent|field|panel|jury|party)\s+of\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|"
    r"more\s+than\s+|over\s+|up\s+to\s+|just\s+)?$")
# A rating on a scale (chess, credit, a player's form): "rated 2805", "an Elo of 2740".
_RATING_BEFORE = re.compile(r"(?i)\b(?:rated|ratings?(?:\s+(?:of|at|is|was|stood\s+at))?|Elo(?:\s+of)?)\s+"
                            r"(?:(?:about|around|nearly|almost|just\s+over|just\s+under)\s+)?$")
_LINKING = re.compile(
    r"(?i)\b(?:rose|rises|risen|rising|climbed|climbs|jumped|jumps|fell|falls|fallen|dropped|reached|reaches|hit|hits|"
    r"(?:drop|fall|rise|grow|climb)\s+to|grown|grew|declined|"
    r"totall?ed|totals|stood\s+at|stands\s+at|(?:toll|tally|figure|number|total|estimate|count)(?:\s+[a-z]+ed)?\s+(?:of|at|to)|"
    r"was|were|is|are|"
    r"increased|decreased|revised|kill|kills|killed|killing|force|forces|forced|leave|leaves|left|reach|reaches|reached|"
    r"magnitude|measured|measuring|claimed|claims|infected|injured|displaced|evacuated|recorded|registered|confirmed)\s+(?:to\s+|at\s+|by\s+)?$"
    r"|:\**\s*\**$"
    # "put the number of deaths at 34", "bringing the number of container berths to 14",
    # "taking its estate to 612", "raised it to 37"
    r"|\b(?:number|total|toll|count|tally)\s+of\s+(?:[a-z-]+\s+){1,3}(?:at|to)\s+$"
    r"|\b(?:taking|takes|took|bringing|brings|brought|lifting|lifts|lifted|raising|raises|raised|lowering|lowered|"
    r"cutting|cuts)\s+(?:it|its|the|their|his|her)?\s*(?:[a-z-]+\s+){0,3}to\s+$"
)
# "will be 30", "could be 500": a number after "be" is stated as a level.
_BE_BEFORE = re.compile(r"(?i)\b(?:be|been)\s+$")
# "42 is the answer", "Of those, 12 were children": a number that is the subject of "is/was".
_COPULA_AFTER = re.compile(r"(?i)\s+(?:is|are|was|were)\b")
_WORD_BEFORE = re.compile(r"([\w’'-]+)\s+$")


def _stated_by_verb(text: str, sentence: Sentence, q: RawQuantity) -> bool:
    """A bare number that "be" states or that is the subject of "is/was" at the head of its
    phrase (sentence start, after a comma, or after a common word: "Another 12 were"); not a
    number in a name or a numbered thing ("Voyager 2 was", "phase 2 was", "i7 860 is")."""
    head = text[max(sentence.start, q.start - 25):q.start]
    if _BE_BEFORE.search(head):
        return True
    if not _COPULA_AFTER.match(text, q.end, sentence.end):
        return False
    word = _WORD_BEFORE.search(head)
    if word is not None and word.group(1).lower() in ("and", "or") and counts.in_numbered_list(text, sentence.start, q):
        return False  # "Rooms 12 and 14 were damaged": a numbered thing, like the 12
    return word is None or word.group(1).lower() in ctx.STOPWORDS


# A verb whose object is the things counted: "cut 1,850 jobs", "lost nearly a dozen employers".
_OBJECT_VERB_BEFORE = re.compile(
    r"(?i)\b(?:cut|cuts|cutting|drop|drops|dropped|dropping|lost|lose|loses|losing|loss(?:es)?\s+of|shed|sheds|shedding|slash(?:es|ed|ing)?|eliminat(?:e|es|ed|ing)|"
    r"ax(?:e|es|ed|ing))\s+(?:(?:almost|nearly|about|around|some|roughly|more\s+than|over|up\s+to|as\s+many\s+as|"
    r"at\s+least|another|a\s+further)\s+)?$")
# "lost $41m", "lost almost five kilos": the amount lost, not a fall in a level ("shares lost
# $1.20 to $30.10", "lost 3%" are changes).
_LOST_BEFORE = re.compile(
    r"(?i)\b(?:lost|lose|loses|losing)\s+(?:(?:almost|nearly|about|around|some|roughly|more\s+than|over|up\s+to|"
    r"as\s+much\s+as|at\s+least|another|a\s+further)\s+)?$")
# A distance that places something: "went down 11 nautical miles off the coast", "sank 20 km
# north of the port" (not "the river fell 2 metres", a change of level).
_PLACED_AFTER = re.compile(
    # (and a distance fallen: "plunged 80 feet down an embankment", "fell 30 metres into a gorge")
    r"(?i)\s+(?:off|offshore|out|away|inland|down\s+(?:a|an|the|into)|into|onto|(?:north|south|east|west)(?:-?(?:east|west))?(?:ward)?\s+of|"
    r"(?:north|south)(?:east|west)?|east|west|from\s+(?:the\s+)?(?:coast|shore|port|harbour|harbor|city|town|border))\b")
# A treatment's effect measured in a trial: "the vaccine cut severe cases by 81%", "reduced the
# risk of death by 30% compared with placebo": an efficacy, a level, not a fall over time.
_EFFECT_REDUCED = re.compile(
    r"(?i)\b(?:cut|cuts|cutting|reduced?|reduces|reducing|lowered|lowers|lowering|prevented|prevents|slashed)\s+"
    r"(?:[\w’'-]+\s+){0,8}?(?:cases|risk|infections?|illness(?:es)?|disease|hospitali[sz]ations?|hospital|"
    r"admissions|deaths|symptoms|mortality|severity|transmission)\b[^.;]{0,40}?\bby\s+"
    r"(?:(?:almost|nearly|about|around|some|roughly|more\s+than|over)\s+)?$")
# A whole after a fraction lost, not a level such as a value or price ("lost a fifth of their
# value" is a fall).
_SHARE_OF_WHOLE = re.compile(r"(?i)\s+(?:of\s+)?(?:the|its|their|his|her|our|my|your)\s+(?!(?:[a-z-]+\s+)?(?:value|price|worth)s?\b)")
_FRACTION_SPAN = re.compile(r"(?i)\b(?:half|halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)$")
_TRIAL_WORDS = re.compile(r"(?i)\b(?:vaccines?|trials?|placebo|efficacy|drugs?|jabs?|medicines?|therap(?:y|ies)|dose[sd]?)\b")


def _not_a_fall(text: str, sentence: Sentence, q: RawQuantity) -> bool:
    """A figure after a falling word that is no fall: an amount lost, a distance placing
    something, a treatment's effect in a trial."""
    head = text[max(sentence.start, q.start - 30):q.start]
    if q.kind is Kind.percent and _FRACTION_SPAN.search(text, q.start, q.end) and _LOST_BEFORE.search(head) and _SHARE_OF_WHOLE.match(text, q.end, sentence.end):
        return True  # "lost two-thirds of its crop", "lost almost half their strength": a share of the whole
    if q.kind is Kind.percent:
        return bool(_EFFECT_REDUCED.search(text, max(sentence.start, q.start - 160), q.start)
                    and _TRIAL_WORDS.search(sentence.text))
    if _LOST_BEFORE.search(head) and not re.match(r"\s+to\s", text[q.end:q.end + 4]) \
            and not _MARKET_READING.search(sentence.text):
        return True
    return q.kind is Kind.length and bool(_PLACED_AFTER.match(text, q.end, sentence.end))


# "14.2 pct of this year's new entrants", "18% of applicants": the group of people a share is
# taken of.
_SHARE_OF = re.compile(r"(?i)\s+of\s+(?:(?:the|all|its|their|this\s+year['’]s|last\s+year['’]s)\s+)?"
                       r"(?:(?:new|registered|eligible|total|first-time|current)\s+)?"
                       # groups of people only ("entrants", "voters", "households"): things have
                       # too many names ("containers", "boxes") to tell two groups apart by one
                       r"(?P<noun>[a-z]{2,}(?:ants|ents|ers|ors|ists)|people|households|adults|children|students|women|men)\b")


def _share_base(text: str, end: int, limit: int) -> str | None:
    """The plural a share is taken of, as "of <noun>": two shares of different groups ("of
    entrants", "of applicants") are different figures."""
    m = _SHARE_OF.match(text, end, limit)
    return "of " + ctx.stem(m.group("noun").lower()) if m else None


# "$3.2 million a day", "£40,000 a year": an amount per period is not a total.
_PER_PERIOD = re.compile(r"(?i)\s+(?:a|an|per|each|every)\s+(day|week|month|quarter(?!\s+of\b)|year|hour|head|person|share)\b"
                         r"|\s+(daily|weekly|monthly|quarterly|annually|yearly)\b")
_PRICED_UNITS = {"t": "tonne", "tonne": "tonne", "ton": "tonne", "kg": "kg", "kilo": "kg", "kilogram": "kg",
                 "lb": "lb", "oz": "ounce", "ounce": "ounce", "litre": "litre", "liter": "litre", "barrel": "barrel",
                 "bbl": "barrel", "gallon": "gallon", "mwh": "MWh", "kwh": "kWh", "megawatt-hour": "MWh",
                 "kilowatt-hour": "kWh"}
_PER_UNIT = re.compile(rf"(?i)(?:\s*/\s*|\s+(?:a|an|per)\s+)({alternation(_PRICED_UNITS)})\b")
_PER_PERIOD_AFTER_OF = re.compile(r"(?i)\s+of\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*"
                                  r"(?:\s+(?:a|an|per|each|every)\s+(day|week|month|year|hour)\b(?!\s+(?:ago|earlier|later|before))"
                                  r"|\s+(daily|weekly|monthly|annually|yearly)\b)")
# A bare count per unit of play or time: "three a game", "40 a week".
_COUNT_PER = re.compile(r"(?i)\s+(?:a|an|per|each)\s+(game|match|race|day|week|month|season)\b(?!\s+(?:ago|earlier|later|before))")
_RATED_KINDS = frozenset({Kind.money, Kind.mass, Kind.volume, Kind.energy})
TALLY_DAYS = 1
UNDATED_REACH_DAYS = 200
UNDATED_AFTER_DAYS = 3
_MARKET_READING = re.compile(
    r"(?i)\b(?:shares?|stock|stocks|index|bond|yields?|oil|brent|gold|currency|dollar|euro|pound|rupee|yen)\b[^.;]*?"
    r"\b(?:closed|opened|traded|trading|ended|finished|settled|stood|was\s+quoted)\b"
)
_READING = re.compile(r"(?i)\b(?:gauge|level|levels|mark|reading|temperature|now|currently)\b")
# Electricity billed by the unit, the kilowatt-hour (India's usage): "36 lakh units of power",
# "4,100 million units" in a sentence about power.
_POWER_UNITS_AFTER = re.compile(r"(?P<units>\s+units?)\b(?P<of>\s+of\s+(?:electricity|power|energy)\b)?")
_ELECTRICITY = re.compile(r"(?i)\b(?:electricity|power|grid|generat\w*|solar|wind\s+farm|hydro\w*|consumption|"
                          r"demand|load-shedding|MW|GW|kWh)\b")
# A model's designation: a type number and its series, the series in hundreds.
_MODEL_NUMBER = re.compile(r"\d{1,4}-\d00")
_NAME_BEFORE = re.compile(r"(?<=[\w,] )(?!(?:Between|From|About|Around|Some|Up|To)\b)[A-Z][\w]*[ \t]+$")
# A capitalised name mid-sentence, or a headline's word in capitals, right before a year.
_YEAR_IN_NAME = re.compile(r"(?:(?<=[a-z,] )[A-Z][a-z]+|\b[A-Z]{3,})[ \t]+$")
# A change's base or period after the change: "up 30% on 2025", "rose 6.6 pct in a year".
_CHANGE_BASE_BEFORE = re.compile(r"(?i)(?:%|\bper\s?cent|\bpercent|\bpct|\bpoints?)\s+(?:on|over|from|than|versus|vs\.?|in)\s+$")
_AGE_BRACKET = re.compile(r"(?i)\b(?:children|kids|babies|infants|people|adults|those|anyone)\s+(?:under|over|aged|below|above)\s+$")
_RUNNING_TALLY = re.compile(
    r"(?i)\b(?:toll|killed|killing|dead|deaths?|died|injured|wounded|missing|displaced|evacuated|cases|infected|"
    r"affected|rescued|arrested|so\s+far|has\s+risen|have\s+risen|rose\s+to|climbed\s+to|now|currently|"
    r"gauge|water\s+level|river\s+level|danger\s+(?:level|mark)|contained|vaccinated|cancell?ed|cancellations|"
    # ... but not an adjective: "flow down the damaged chute peaked at 1,580 m3/s" is no tally
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)(?:destroyed|damaged|burned|burnt|collapsed))\b"
)
# A forecast or target is not a fact of the past and never contradicts one.
_PROJECTION = re.compile(
    r"(?i)\b(?:forecasts?|forecast(?:ing)?|projected|projections?|projects(?=\s+(?:that|a|an|the|its|their|growth|revenue|sales|output|demand|[\d$€£]))|expects?|expected\s+to|"
    r"(?:is|are|be|being)\s+expected|guidance|"
    r"(?<!valuing\sthe\s)(?<!takeover\s)(?<!acquisition\s)targets?(?!\s+(?:population|group|audience|area|market))|targeted|targeting|aims?\s+(?:to|for)|aiming\s+(?:to|for)|goal|outlook|"
    r"predicts?|predicted|would\s+require|needs?|needed|required|requires|wants?\s+to|want\s+\w+\s+to|hopes?\s+to|"
    # "residents want the fee cut to €1.50": a demand
    r"wants?\s+(?:[\w'’-]+\s+){1,4}?(?:raised|cut|lowered|increased|reduced|set|capped|frozen|doubled|halved)|"
    r"plans?\s+to|(?:plan|aim|goal|intention)\s+is\s+to|seeks?\s+to|intends?\s+to|ambition|by\s+the\s+end\s+of\s+the\s+(?:decade|year|century)|"
    r"(?:opinion\s+)?polls?|pollsters?"
    # "had estimated the painting would sell for $80-120 million": a forecast of the sale
    r"|estimated?\s+(?:that\s+)?(?:[\w'’-]+\s+){0,4}?(?:would|will)|pre-sale\s+estimates?"
    # "Analysts had pencilled in 1,240 million pounds", "the consensus was $2.1bn": an expectation
    r"|pencil+ed\s+in|consensus\s+(?:forecasts?|estimates?|expectations?|view|was|of|is)|analysts?\s+(?:had\s+)?expected)\b"
)
# ("all eight slides deployed" counts them: "all" is no reference.)
_REFERENCE = re.compile(r"(?i)\b(?:the|these|those|its|their|our|his|her|between|both)\s+$")
# "the two countries", "the two sides", "between the two": a reference to parties already named.
# "its three hospitals", "the six objects", "the two men arrested" are figures: news counts them.
_PARTIES_AFTER = re.compile(r"(?i)(?:\s+(?:sides|countries|nations|states|leaders|neighbou?rs|governments|"
                            r"presidents|ministers|delegations|capitals|allies|rivals|camps|sexes)\b|\s*(?:[,.;:!?)]|$)|\s+of\s+(?:them|us|you)\b)")


def _counts_what_is_named(text: str, sentence_start: int, claim: Claim) -> bool:
    """"its three filling lines", "the four companies": a small number word after a determiner
    counts things the story names; it is a claim, but no figure a nearby date is the time of."""
    return (claim.kind is Kind.count and claim.text.isalpha() and claim.value is not None and claim.value <= 10
            and bool(_REFERENCE.search(text, max(sentence_start, claim.start - 12), claim.start)))


# "the four-lane deck", "the five worst-hit towns": a compound saying what the number is of
# makes it a figure, not a reference.
_DESCRIBED_AFTER = re.compile(r"-[a-z]|\s+[\w’']+-[a-z][\w-]*\s+[a-z]")
_GENERIC_REFERENCE = re.compile(
    r"(?i)\b(?:the|this|that|its|their)\s+(?:\w+\s+)?(?:figure|number|total|amount|tally|sum|estimate|count)s?\b[^,;]*$"
)
_WORD_NUMBER_HINT = re.compile(
    r"(?i)\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|decade|century|half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|twice|thrice|doubled?|tripled?|trebled|quadrupled|(?:two|three|four|five|six|seven|eight|nine|ten|hundred)fold|hour|\w+-long|yesterday|tomorrow|an?\s+(?:thousand|million|billion|trillion)|(?:almost|nearly|about|around|roughly|some|than|over|under|least|most|to|for|in|within|after|half|by|another|takes?|took|taking|lasts?|lasted|lasting|waits?|waited|waiting|like)\s+an?\s+(?:year|month|week|fortnight|day|minute|mile|kilomet(?:re|er)|met(?:re|er))|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|summer|winter|spring|autumn|"
    r"next\s+month)\b"
)


# "..., though engineers expect it to take longer": what follows a contrast is another claim's.
_CONTRAST = re.compile(r"(?i)\b(?:though|although|but|whereas|while)\b|;")


# "Total spending will reach €214.6bn": said of the future, so not of the article's past year.
_FUTURE_TENSE = re.compile(r"(?i)\b(?:will|shall|is\s+(?:set|due)\s+to|are\s+(?:set|due)\s+to|next\s+year|from\s+next)\b")


_YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d\d)(?![\d.,]\d)")
# A past verb right after the figure makes it what happened ("Sixty-three per cent backed the
# plan to borrow"): a plan named after that verb is not the figure's.
_PAST_VERB_AFTER = re.compile(r"(?i)^(?:[\s,]+[\w’'-]+){0,3}?[\s,]+(?:backed|voted|approved|rejected|supported|opposed|said|"
                              r"chose|favoured|favored|wanted|signed)\b")


# Another figure's first digit; a year is a time, not a figure ("2.1 mln t by 2030 is targeted").
_OTHER_FIGURE = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d")


def _projects(own_part: str, after: int) -> bool:
    """Whether the words around a figure make it a forecast, plan or target (``after``: where
    the figure ends in ``own_part``)."""
    past = _PAST_VERB_AFTER.match(own_part[after:])
    limit = after + past.end() if past else len(own_part)
    # A cue after another figure is that figure's: in "a turnout of 64 pct, well above the 50
    # pct threshold required", 'required' makes the threshold, not the turnout, a target.
    other = _OTHER_FIGURE.search(own_part, after)
    if other is not None:
        limit = min(limit, other.start())
    return any(m.start() < limit for m in _PROJECTION.finditer(own_part)) or bool(_POSSIBLE_BEFORE.search(own_part, 0, after))


# "revenue could reach $400m", "the toll may top 100": a possibility ahead, said right before the
# figure ("puts losses at €90m, and says they could reach €150m": the later one's).
_POSSIBLE_BEFORE = re.compile(r"(?i)\b(?:could|may|might)\s+(?:reach|hit|top|exceed|touch|surpass|(?:rise|climb|grow|fall|drop)\s+to)"
                              r"\s+(?:\S+\s+){0,3}?\S+$")


def _own_part(text: str, sentence: Sentence, start: int) -> tuple[str, int]:
    """The part of the sentence holding the claim, between contrasts ("Repairs will cost
    €23 million, though engineers expect delays": 'expect' is not about the cost), and where
    it begins in ``text``."""
    cuts = [sentence.start] + [m.start() for m in _CONTRAST.finditer(text, sentence.start, sentence.end)] + [
        m.start() for m in ctx.FUTURE_AND.finditer(text, sentence.start, sentence.end)] + [sentence.end]
    begin = max(c for c in cuts if c <= start)
    end = min(c for c in cuts if c > start)
    relative = _RELATIVE_CLAUSE.search(text, max(begin, start - 80), start)
    close = text.find(",", start, end) if relative else -1
    if relative and close >= 0 and "," not in text[relative.end():start]:
        # "Nimble, which had 38,400 employees at the end of March, expects ...": a relative
        # clause between commas keeps its own tense; the main clause's 'expects' is not its.
        return text[relative.start():close], relative.start()
    return text[begin:end], begin


_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|whose)\s+(?:had|has|was|were|employed|employs|made|earned|posted|"
                              r"reported|recorded|carried|held|drew|sold|cost|lost|[a-z]+ed)\b")


_DIGIT = re.compile(r"\d")
# Measures only a sum of money can be, and the kinds that are never a sum.
_MONEY_MEASURES = frozenset({"revenue", "profit", "cost", "deal", "deposit"})
_PHYSICAL_KINDS = frozenset({Kind.length, Kind.area, Kind.mass, Kind.volume, Kind.energy, Kind.power, Kind.speed,
                             Kind.temperature})
_COMPOUND_MEASURE = re.compile(r"\d-[a-z]")  # "a 40-megawatt turbine", "a 260-metre section"
_FRACTION_CHAR = re.compile("[" + re.escape("".join(VULGAR_FRACTIONS)) + "]")


def _may_hold_words(sentence: str) -> bool:
    return (bool(_WORD_NUMBER_HINT.search(sentence)) or bool(_FRACTION_CHAR.search(sentence))
            or "absolute zero" in sentence.lower())


def _overlaps_noise(start: int, end: int, noise: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e and not (start <= s and e <= end) for s, e in noise)


def _merge_adjacent(text: str, quantities: list[RawQuantity]) -> list[RawQuantity]:
    """Join neighbours that are one claim: a bracketed conversion that agrees ("2,400 km (1,490
    miles)": the first value is kept) and a range written with units on both ends ("$4.4
    billion to $4.6 billion", "9 months to 14 years")."""
    merged: list[RawQuantity] = []
    for q in quantities:
        if merged:
            prev = merged[-1]
            between = text[prev.end:q.start]
            if _pounds_and_pence(text, prev, q, between):
                # "three pounds fifty a tonne", "about three pounds ten": pounds, then pence
                value = prev.value + q.value / 100
                merged[-1] = RawQuantity(prev.start, q.end, Kind.money, prev.unit, value, value - 0.005, value + 0.005,
                                         is_word=prev.is_word, digits=prev.digits)
                continue
            if _compound_duration(text, prev, q, between):
                # "31 hours 42 minutes 18 seconds", "thirty-three minutes and fifty-one seconds":
                # one time told in descending units; the last unit sets the precision.
                merged[-1] = RawQuantity(prev.start, q.end, Kind.duration, prev.unit, prev.value + q.value,
                                         prev.value + q.low, prev.value + q.high, is_word=prev.is_word,
                                         digits=prev.digits)
                continue
            # A volume told as a mass or energy ("16,500 barrels (about 2,250 tonnes)") converts
            # by a density the text does not give: one claim, read from the first quantity.
            other_kind = prev.kind != q.kind and prev.kind in _EQUIVALENT_KINDS and q.kind in _EQUIVALENT_KINDS
            closing = _CONVERSION_CLOSE.match(text, q.end)
            if ((prev.kind == q.kind or other_kind) and prev.kind is not Kind.count
                    and _CONVERSION_OPEN.fullmatch(between) and closing):
                close = closing.end() - 1
                # no rate to check another currency or kind with
                other_currency = (prev.kind is Kind.money and prev.unit != q.unit) or other_kind
                # "beat it by 1.2°C (2.2°F)", "8-10°C (14-18°F) above the average": a difference
                # in Fahrenheit converts without the 32° offset.
                _as_fahrenheit_difference(prev, q)
                if other_currency or (prev.low <= q.high and q.low <= prev.high):
                    prev.end = close + 1
                    if not other_currency and not prev.is_range:
                        # Both forms are the outlet's words: the value lies within both ("50 mph
                        # (80 km/h)" is 75-85 km/h, not 72-88).
                        prev.low, prev.high = max(prev.low, q.low), min(prev.high, q.high)
                    continue
            if (prev.kind == q.kind and prev.unit == q.unit and not prev.is_range and not q.is_range
                    and _RANGE_BETWEEN.fullmatch(between) and q.value > prev.value
                    and not re.search(r"(?i)\bfrom\s+\S*$", text[max(0, prev.start - 12):prev.start])
                    and not _signed_change_to_level(text, prev, q)):
                between_word = between.strip().lower()
                if between_word != "and" or re.search(r"(?i)between\s+\S*$", text[max(0, prev.start - 12):prev.start]):
                    merged[-1] = RawQuantity(prev.start, q.end, prev.kind, prev.unit, (prev.value + q.value) / 2,
                                             prev.value, q.value, is_range=True, digits=prev.digits)
                    continue
        merged.append(q)
    return merged


_TIME_UNIT_RANK = {"second": 0, "sec": 0, "secs": 0, "minute": 1, "min": 1, "mins": 1, "hour": 2, "hr": 2, "hrs": 2,
                   "day": 3, "week": 4, "month": 5, "year": 6}
_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")
_COMPOUND_BETWEEN = re.compile(r",?\s+(?:and\s+)?|\s*,\s*")


_WHOLE_CURRENCY_WORD = re.compile(r"(?i)\b(?:pounds|dollars|euros)$")
# What may follow the pence of "three pounds fifty": the end of the phrase, a rate, or "pence".
_AFTER_PENCE = re.compile(r"(?i)(?:\s*[.,;:!?)\]\"”’]|\s+(?:a|an|per|each|pence|p|cents?|for|to|in|on|at|from|and|or|but|"
                          r"if|when|with|is|was|will|would)\b|\s*$)")


def _pounds_and_pence(text: str, prev: RawQuantity, q: RawQuantity, between: str) -> bool:
    """Is ``q`` the pence (or cents) of the sum ``prev`` says in whole units, spoken the British
    way ("three pounds fifty a tonne")?  Not "forty pounds, fifty" nor "ten pounds fifty people"."""
    return (prev.kind is Kind.money and q.kind is Kind.count and between == " " and not q.is_range
            and not prev.is_range and bool(_WHOLE_CURRENCY_WORD.search(text, prev.start, prev.end))
            and float(q.value).is_integer() and 1 <= q.value <= 99 and float(prev.value).is_integer()
            and bool(_AFTER_PENCE.match(text, q.end)))


def _time_unit_rank(span: str) -> int | None:
    m = _LAST_WORD.search(span)
    if not m:
        return None
    word = m.group(1).lower()
    return _TIME_UNIT_RANK.get(word, _TIME_UNIT_RANK.get(word[:-1]) if word.endswith("s") else None)


def _compound_duration(text: str, prev: RawQuantity, q: RawQuantity, between: str) -> bool:
    if prev.kind is not Kind.duration or q.kind is not Kind.duration or prev.is_range or q.is_range:
        return False
    if not _COMPOUND_BETWEEN.fullmatch(between):
        return False
    big, small = _time_unit_rank(text[prev.start:prev.end]), _time_unit_rank(text[q.start:q.end])
    # Descending units are one span: "two years and five months", "66 years 4 months",
    # "12 days, 7 hours" (not "between two weeks and four months", a range).
    if re.search(r"(?i)\bbetween\s+(?:\S+\s+){0,2}$", text[max(0, prev.start - 25):prev.start]):
        return False
    return big is not None and small is not None and small < big


def _as_fahrenheit_difference(prev: RawQuantity, q: RawQuantity) -> None:
    """A temperature and its bracketed conversion that agree only when the Fahrenheit one is
    read without the 32° offset ("by 1.2°C (2.2°F)", "2.2°F (1.2°C)"): both are a difference,
    so the Fahrenheit figure is re-read as one, in place."""
    if prev.kind is not Kind.temperature or prev.fahrenheit_level == q.fahrenheit_level:
        return
    if prev.low <= q.high and q.low <= prev.high:
        return  # they agree as levels
    f, c = (q, prev) if q.fahrenheit_level else (prev, q)
    if c.low <= f.high + _F_OFFSET_C and f.low + _F_OFFSET_C <= c.high:
        f.value, f.low, f.high = f.value + _F_OFFSET_C, f.low + _F_OFFSET_C, f.high + _F_OFFSET_C
        f.fahrenheit_level = False


def _signed_change_to_level(text: str, prev: RawQuantity, q: RawQuantity) -> bool:
    """"-12 bp to 318 bp", "rose 35 cents to $12.40": a change, then the level it led to, not
    a range."""
    signed = text[prev.start] in "-−+" or text[max(0, prev.start - 1)] == "+"
    if prev.kind is Kind.percent and signed and text[q.start] not in "-−+" and text[q.start - 1] != "+":
        return True
    return ctx.read_role(text, max(0, text.rfind("\n", 0, prev.start)), prev.start, prev.end)[0]


_F_OFFSET_C = 32 * 5 / 9  # what the 32° offset adds, in °C, when a Fahrenheit figure is read as a level
_CONVERSION_OPEN = re.compile(
    r"\s*[(\[]\s*(?:or\s+|about\s+|around\s+|approximately\s+|roughly\s+|some\s+|nearly\s+|almost\s+|"
    r"just\s+(?:under|over)\s+|under\s+|over\s+|more\s+than\s+|less\s+than\s+)?"
)
_RANGE_BETWEEN = re.compile(r"\s*(?:-|–|—|to|and)\s*")
# The close of a bracketed conversion, after the per-period of a rate ("(about 28,600 m³ a day)").
_CONVERSION_CLOSE = re.compile(r"(?:\s+(?:a|an|per|each)\s+(?:day|week|month|year|hour)|/(?:d|day|yr|h))?\s*[)\]]")
_EQUIVALENT_KINDS = frozenset({Kind.volume, Kind.mass, Kind.energy})


def _number(value: float) -> float | int:
    if abs(value) < 1e15 and float(value).is_integer():
        return int(value)
    # Ten significant digits: enough to keep a rounding bound such as 219,651.5 exact.
    return float(f"{value:.10g}") if abs(value) < 1e6 else round(value, 2)


# A time unit a table's row label or column header counts in ("Median days to sell", "Delay
# (hours)"), not one numbered ("2-year fixed", "day one") or a rate's period ("per day").
_TIME_UNIT_LABEL = re.compile(r"(?i)(?<![\d-])(?<!per )(?<!a )\b(days|weeks|months|years|hours|minutes)\b(?!\s+(?:to\s+)?\d)")


_LABEL_UNITS = "|".join(re.escape(u).replace(r"\ ", r"\s+") for u in sorted(
    (u for u in MEASURES if (len(u) > 1 or u == "t") and MEASURES[u][0] is not Kind.duration), key=len, reverse=True))
# A bracketed "(t)" in a label is tonnes ("| SSB (t) |"); "(m)" may be millions, so not read.
# The bracket may scale the unit ("Storage (million m³)", "Output (m t)", "Exports ('000 t)") and make it a
# rate ("Outflow (m³/s)", "Losses (Ml/d)", "Harvest (t/ha)", "SO₂ (µg/m³)"), which the subject keeps.
_UNIT_LABEL = re.compile(r"(?i)\(\s*(?:(?P<scale>thousands?|millions?|billions?|mln|mn|bn|m|['’]000)\s+)?(?P<unit>" + _LABEL_UNITS
                         + r")(?:\s*/\s*(?:s|sec|d|day|h|hr|yr|year|ha|m³|m3))?\s*\)"
                         # a height above the sea is metres, never millions: "| Lake level (m above sea level) |"
                         r"|\(\s*(?P<height>m|metres|meters|ft|feet)\s+(?:above|below)\s+(?:mean\s+)?sea\s+level\s*\)"
                         r"|\(\s*(?P<asl>m|ft)\s*a\.?s\.?l\.?\s*\)")
# A count label's bracket with its scale alone: "| Head (million) |", "| Voters (crore) |", "('000)".
_COUNT_SCALE_LABEL = re.compile(r"(?i)\(\s*(?P<scale>thousands?|millions?|billions?|mln|mn|bn|crores?|lakhs?|['’]000s?|000s)\s*\)")
# A column headed by the unit alone, written out ("| Where it went | Litres |", "| Gallons
# per day |"): its figures are in that unit.
_UNIT_HEADER = re.compile(r"(?i)(?P<unit>[a-z][a-z ]{3,}?[a-z])(?:\s+(?:per|a)\s+(?:day|year|second|hour|week|month))?")
# Three-letter currency codes, in capitals only ("| Cost (CHF m) |"; a "(try)" is rugby's).
_CURRENCY_CODES = sorted({code.upper() for code in CURRENCY_PREFIX if re.fullmatch(r"[a-z]{3}", code)}
                         | {code for code in CURRENCY_CODE_PREFIX if re.fullmatch(r"[A-Z]{3}", code)})
# ... or a currency written out: "| Green vanilla, farm gate (ariary/kg) |", "(rupees per tonne)"
_CURRENCY_WORDS = sorted((w for w in CURRENCY_SUFFIX if re.fullmatch(r"[a-zà-ÿ ]{3,}", w)), key=len, reverse=True)
_LABEL_CURRENCY = (r"US\$|A\$|AU\$|NZ\$|C\$|€|\$|£|₹|¥|Rs\.?|(?-i:" + "|".join(_CURRENCY_CODES) + ")|"
                   + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _CURRENCY_WORDS))
_LABEL_CURRENCIES = {**CURRENCY_SUFFIX, **PREFIX_CURRENCY}
# "| Spending (€bn) | 206.0 |", "| Net sales ($ millions) | 1,391 |", "| Price (£/kg) | 0.31 |",
# "| Fare (€/journey) | 2.10 |": the
# label's bracket names the currency and scale of its figures (a price per unit stays in whole
# units, as the corpus README writes it).
_MONEY_LABEL = re.compile(
    r"\(\s*(?P<cur>" + _LABEL_CURRENCY + ")"
    r"\s*(?P<scale>bn|bln|billions?|m|mn|mln|millions?|k|thousands?|crores?|cr|lakhs?)?"
    r"\s*(?:/\s*[A-Za-z]{1,12}|per\s+[a-z]+)?\s*\)"
    r"|\((?P<scale2>millions?|billions?|thousands?)\s+of\s+(?P<cur2>euros|dollars|pounds)\)", re.IGNORECASE)
_CURRENCY_WORD = {"euros": "EUR", "dollars": "USD", "pounds": "GBP"}
# A price per unit after a comma or as the whole label: "| Gas price, €/MWh | 61.20 |",
# "| Standing charge, € per year | 290 |", "| € per tonne |".
_MONEY_RATE_LABEL = re.compile(r"(?:^|,\s*)(?P<cur>" + _LABEL_CURRENCY + r")\s*(?P<scale>)(?:/\s*[A-Za-z]{1,12}|per\s+[a-z]+)\s*$",
                               re.IGNORECASE)
_PERCENT_LABEL = re.compile(r"\(\s*%[^)]{0,12}\)")
_SCALE_LETTER = {"k": 1e3, "m": 1e6, "'000": 1e3, "’000": 1e3, "000": 1e3}  # "Jobs ('000)"


def _label_scale(word: str) -> float:
    """The factor of a scale a table label writes ("m", "mln", "millions", "crore"; "" is 1)."""
    word = word.lower()
    return (_SCALE_LETTER.get(word) or _SCALE_LETTER.get(word.rstrip("s")) or SCALE_WORDS.get(word)
            or SCALE_WORDS.get(word.rstrip("s"), 1.0))


_AGE = r"age(?:\s*\((?:years|yrs)\))?"
_AGE_HEADER = re.compile(rf"(?i){_AGE}|aged")
_AGE_LABEL = re.compile(r"(?i)(?:(?:median|average|mean|retirement|pension|state\s+pension|minimum|maximum|legal|voting|"
                        rf"school-leaving)\s+)?{_AGE}")
_FUTURE_COLUMN = re.compile(r"(?i)\b(?:after|planned|proposed|future)\b")


_DENOMINATOR = re.compile(r"(?i)\s+of\s+(?:the\s+|its\s+|their\s+|[A-Z][\w-]*['’]s\s+)?(?:(?:19|20)\d\d\s+)?"
                          r"(?:gross\s+domestic\s+product|gdp|national\s+income|"
                          r"(?:economic\s+)?output|the\s+total|total|income|revenue|sales|capacity)\b")


def _cell_prose(claim: Claim) -> str:
    """The words of the claim's own table cell around it, numbers and brackets left out."""
    row, at, end = claim.sentence, claim.start - claim.sentence_start, claim.end - claim.sentence_start
    right = row.find("|", end)
    cell = row[row.rfind("|", 0, at) + 1:at] + " " + row[end:right if right >= 0 else len(row)]
    return re.sub(r"\([^)]*\)|[\d.,%:]+", " ", cell)


def _plain_number(c: Claim) -> bool:
    """A number a table label may give a unit: a value, not a date's bounds."""
    return isinstance(c.value, (int, float)) and not isinstance(c.low, str) and not isinstance(c.high, str)


def _in_unit(c: Claim, kind: Kind, unit: str | None, factor: float) -> Claim:
    """A bare count read in the unit its table label names ("| Median days to sell | 38 |")."""
    return c.model_copy(update={
        "kind": kind, "unit": unit, "value": _number(c.value * factor),  # type: ignore[operator]
        "low": _number(c.low * factor) if c.low is not None else None,  # type: ignore[operator]
        "high": _number(c.high * factor) if c.high is not None else None})  # type: ignore[operator]


def _label_unit(label: str, header: str) -> re.Match[str] | None:
    """The unit a table cell's labels name: in a bracket of either, or as the whole column header."""
    bracket = _UNIT_LABEL.search(f"{label} {header}")
    if bracket:
        return bracket
    whole = _UNIT_HEADER.fullmatch(header.strip(" *_"))
    name = re.sub(r"\s+", " ", whole.group("unit").lower()) if whole else ""
    if name in MEASURES and MEASURES[name][0] is not Kind.duration and name not in DIGIT_ONLY_UNITS:
        return whole
    # ... or as the first word of a column header or row label: "| km below wreck |", "| Tonnes sold |"
    for written in (header, label):
        first = _UNIT_FIRST.match(written.strip(" *_"))
        name = first.group("unit").lower() if first else ""
        # (a unit's name in the plural, "Tonnes", or an abbreviation written lower-case, "km",
        # "ha": "Gram panchayats" are village councils, "Mt Elgon" a mountain)
        if (first and name in MEASURES and MEASURES[name][0] is not Kind.duration and name not in _NOT_UNITS_FIRST
                and ((len(name) >= 4 and name.endswith("s")) or first.group("unit").islower())):
            return first
    return None


_UNIT_FIRST = re.compile(r"(?P<unit>[A-Za-z²³]{2,}|km²|m³)(?=\s+[a-z]{3,})")
_NOT_UNITS_FIRST = frozenset({"mt", "ma", "ga", "ev", "mi", "nm", "kn", "cup", "ton"})


def _in_table_unit(c: Claim, table_labels: tuple[str, ...]) -> Claim:
    """A bare count in the unit or currency the table's corner header or caption names:
    "## Prices per 50 kg bag (kwacha)" above it, "| Farm-gate, VND/kg | This week |"."""
    for labels in table_labels:
        unit_label = _label_unit(labels, "")
        if unit_label:
            written = unit_label.group("unit") or unit_label.group("height") or unit_label.group("asl")
            kind, unit, factor = MEASURES[re.sub(r"\s+", " ", written.lower())]
            return _in_unit(c, kind, unit, factor * _label_scale(unit_label.groupdict().get("scale") or ""))
        money_label = _MONEY_LABEL.search(labels) or _MONEY_RATE_LABEL.search(labels)
        if money_label and money_label.group("cur"):
            currency = _LABEL_CURRENCIES[re.sub(r"\s+", " ", money_label.group("cur").lower())]
            return _in_unit(c, Kind.money, currency, _label_scale(money_label.group("scale") or ""))
    return c


def _in_table(record: ClaimRecord, cell: tuple[str, str], published: dt.date | None,
              table_labels: tuple[str, ...] = ()) -> ClaimRecord:
    """A claim in a table cell: its subject is the row label and column header, its time the
    date or period in the header ("| Deaths | 287 |", "| Indicator | 27 Aug | 28 Aug |") or in
    the row label.  Its unit is the one its row or column names, else the table's corner
    header or caption (``table_labels``)."""
    label, header = cell
    # A label's commas list its parts ("Strike ballot, yes vote"): no clause ends there.
    context = re.sub(r"\s*[,;]\s*", " ", f"{label} {header}").strip()
    c = record.claim
    if (c.kind is Kind.count and isinstance(c.value, (int, float)) and 0 < c.value < 120 and not isinstance(c.low, str)
            and ((_AGE_HEADER.fullmatch(header.strip(" *_")) and c.value == int(c.value))
                 or _AGE_LABEL.fullmatch(label.strip(" *_")))):
        # "| Player | Team | Age |", "| Median age | 36.9 | 38.4 |": the column or the row holds
        # ages, a duration in years (README convention).
        record.claim = c = c.model_copy(update={"kind": Kind.duration, "unit": "year"})
    unit_word = _TIME_UNIT_LABEL.search(context) if c.kind is Kind.count else None
    if unit_word and _plain_number(c):
        # "| Median days to sell | 38 |": the row names the unit its figures are in.
        _kind, unit, factor = MEASURES[unit_word.group(1).lower()]
        record.claim = _in_unit(c, Kind.duration, unit, factor)
    unit_label = _label_unit(label, header) if c.kind is Kind.count and not unit_word else None
    if unit_label and _plain_number(c):
        # "| Freight (tonnes) | 372,000 |": the label's bracket names the unit of its figures.
        written = unit_label.group("unit") or unit_label.group("height") or unit_label.group("asl")
        kind, unit, factor = MEASURES[re.sub(r"\s+", " ", written.lower())]
        scale = _label_scale(unit_label.groupdict().get("scale") or "")
        record.claim = c = _in_unit(c, kind, unit, factor * scale)
    money_label = _MONEY_LABEL.search(f"{label} {header}") if c.kind is Kind.count and not unit_word else None
    if money_label is None and c.kind is Kind.count and not unit_word:
        money_label = _MONEY_RATE_LABEL.search(label.strip(" *_")) or _MONEY_RATE_LABEL.search(header.strip(" *_"))
    if money_label and _plain_number(c):
        if money_label.group("cur"):
            currency = _LABEL_CURRENCIES[re.sub(r"\s+", " ", money_label.group("cur").lower())]
            scale_word = money_label.group("scale") or ""
        else:
            currency = _CURRENCY_WORD[money_label.group("cur2").lower()]
            scale_word = money_label.group("scale2")
        record.claim = c = _in_unit(c, Kind.money, currency, _label_scale(scale_word))
    count_scale = _COUNT_SCALE_LABEL.search(f"{label} {header}") if c.kind is Kind.count and not unit_word else None
    if count_scale and _plain_number(c):
        # "| Region | 2031 (million) |", "| Voters (crore) | 21.4 |": how many, at the label's scale
        record.claim = c = _in_unit(c, Kind.count, c.unit, _label_scale(count_scale.group("scale")))
    if (c.kind is Kind.count and not unit_word and _plain_number(c)
            and (_PERCENT_LABEL.search(label) or _PERCENT_LABEL.search(header) or header.strip(" *_") == "%")):
        # "| Recovery rate (%) | 71.2 |", "| Ore grade (% Cu) | 0.82 |": shares in per cent
        record.claim = c = c.model_copy(update={"kind": Kind.percent, "unit": "%"})
    if c.kind is Kind.count and not unit_word and table_labels and _plain_number(c):
        record.claim = c = _in_table_unit(c, table_labels)
    # Prose in the cell itself ("| Failure | second-stage engine shutdown, 126 seconds after
    # lift-off |") says what the figure is, before the labels do.
    prose = _cell_prose(c)
    if len(re.findall(r"[A-Za-z]{3,}", prose)) >= 2:
        context = re.sub(r"\s*[,;]\s*", " ", prose).strip() + " " + context
    words = ctx.subject_words(context + " 0", len(context) + 1, len(context) + 2, None, [])
    # A table's labels are capitalised by convention: its names are only the row label's proper
    # nouns, added once the article's proper nouns are known (_name_table_rows).
    # What kind of figure the labels make it ("| Deaths confirmed | 9 |"), as next to a number.
    record.local, record.scope = words.local, []
    record.names = ["=" + c for c in sorted(ctx.measure_categories(words.local))]
    update: dict[str, object] = {"subject": " ".join(words.local[:3])}
    periods = []
    if record.claim.kind is not Kind.date:
        # The period in the column header, else in the row label ("| 10 October | 7 | 54 |").
        periods = find_dates(header, 0, len(header), published) or find_dates(label, 0, len(label), published)
    if record.claim.kind is not Kind.date and (_PROJECTION.search(header) or _FUTURE_COLUMN.search(header)):
        # "| | Now | After expansion |", "| | July guidance | October guidance |": a plan's figure
        update["time_target"] = True
        record.time_low = record.time_high = None
    if periods and periods[0].low:
        update["time"] = periods[0].value
        record.time_low, record.time_high = periods[0].low, periods[0].high
    elif (published is not None and record.claim.kind is not Kind.date and not update.get("time_target")
          and _RUNNING_TALLY.search(context)):
        update["time"] = record.time_low = record.time_high = published.isoformat()
    record.claim = record.claim.model_copy(update=update)
    return record


def _quantity_claim(text: str, sentence: Sentence, q: RawQuantity, source: str, lines: LineIndex,
                    times: list[ctx.TimeRef], attribution: str | None, in_table: bool = False,
                    published: dt.date | None = None) -> ClaimRecord | None:
    if q.score is not None:
        return counts.score_claim(text, sentence, q, source, lines, attribution)  # "a 3-1 win"
    if (q.kind is Kind.count and not q.is_range and q.value >= 1000  # not a station's "two units"
            and (units := _POWER_UNITS_AFTER.match(text, q.end, sentence.end))
            and (units.group("of") or (_ELECTRICITY.search(sentence.text)
                                       and not re.match(r"\s+of\b", text[units.end():units.end() + 4])))):
        # "41,000 units of electricity", "4,100 million units" of power: a unit is a kilowatt-hour
        q = dataclasses.replace(q, end=q.end + len(units.group("units")), kind=Kind.energy, unit="kWh")
    if q.kind is Kind.count and counts.is_age(text, sentence.start, sentence.end, q):
        q = counts.as_age(q)  # "Jan Novak, 62, said", "children under five"
    if (q.kind is Kind.duration and re.match(r"(?i)an?\s", text[q.start:q.end])
            and _CHANGE_BASE_BEFORE.search(text, max(sentence.start, q.start - 30), q.start)):
        return None  # "rose 6.6 pct in a year": the period of a change, not a span of time claimed
    is_change, sign = ctx.read_role(text, sentence.start, q.start, q.end,
                                    minus_is_change=q.kind is not Kind.temperature)
    if sign < 0 and q.value is not None and q.value < 0:
        sign = 1  # "-3°C below normal": the minus is written and already in the value
    if q.kind in (Kind.date, Kind.duration):
        is_change, sign = False, 1  # "took 2 days off", "cut the wait by a week": a span is never negative
    if (is_change and sign < 0 and q.kind is Kind.count
            and _OBJECT_VERB_BEFORE.search(text, max(sentence.start, q.start - 40), q.start)
            and _count_noun(text, q.end, sentence.end) is not None):
        is_change, sign = False, 1  # "cut 1,850 jobs", "lost a dozen employers": how many, not a fall
    if is_change and sign < 0 and _not_a_fall(text, sentence, q):
        is_change, sign = False, 1
    if q.kind is Kind.money and sign < 0:
        # A sum lost, cut or wiped off is told by its size ("a net loss of $73m", "cut costs by
        # £400m", "wiping €310m off its value"), as the corpus labels it; only a written minus
        # ("minus $12 a tonne", "-£64") makes money negative.  It stays a change where it is one.
        sign = 1
    non_negative = q.kind in _NON_NEGATIVE and not is_change
    qual = ctx.apply_qualifier(text, sentence.start, q.start, q.end, q.value, q.low, q.high, non_negative, q.is_range)
    noun = None
    if q.kind is Kind.count:
        if q.value == 0:
            return None  # "Share 0 comments"
        noun = _count_noun(text, q.end, sentence.end)
        if noun is None and (group := _GROUP_OF.search(text, max(sentence.start, q.start - 40), q.start)):
            noun = ctx.stem(group.group(1).lower())  # "a team of 60", "a fleet of 19": its members
        if noun is None and _is_vote_tally(text, sentence, q):
            noun = "vote"  # "Deputies voted 221 to 187", "passed the bill 96-71"
        if noun is None and _RATING_BEFORE.search(text, max(sentence.start, q.start - 30), q.start):
            noun = "rating"  # "is now rated 2805", "a performance rating of 2911": a score on a scale
        bare = noun is None and not in_table and counts.is_bare_count(text, sentence.start, sentence.end, q)
        if bare and qual.qualifier is None:
            noun = counts.elided_noun(text, sentence.start, q)  # "120 barns ... and 45 more"
        has_scale = (not re.fullmatch(r"[\d.,\s-]+", text[q.start:q.end].replace("−", "-")) or q.is_word or bare
                     or bool(_MULTIPLE_AFTER.match(text, q.end, sentence.end))  # "3.1 times face value"
                     # a fraction of a time is always a multiple: "1.8 times core earnings", "2.6 times
                     # oversubscribed" (no act happens 1.8 times)
                     or (not float(q.value).is_integer() and bool(_TIMES_AFTER.match(text, q.end, sentence.end))))
        if (noun is None and not has_scale and qual.qualifier is None and not q.is_range and not in_table
                and not _LINKING.search(text, max(sentence.start, q.start - 50), q.start)
                and not _stated_by_verb(text, sentence, q)):
            return None  # a bare number with nothing saying what it counts is not a claim
        if (q.is_word and q.value <= 10 and _REFERENCE.search(text, max(sentence.start, q.start - 12), q.start)
                and _PARTIES_AFTER.match(text, q.end, sentence.end)):
            return None  # "the two countries", "both sides": a reference, not a claim
        if q.is_range and re.match(r"0\d", text[q.start:q.end]):
            return None  # "04812-556071": a telephone number with its area code
        if (q.is_range and _MODEL_NUMBER.fullmatch(text, q.start, q.end)
                and _NAME_BEFORE.search(text, max(sentence.start, q.start - 30), q.start)):
            return None  # "Embraer 190-100", "Saab 340-300": a model's name, not a range
        if _AGE_BRACKET.search(text, max(sentence.start, q.start - 30), q.start):
            return None  # "children under five": an age bracket, not a count
        if re.fullmatch(r"(?:1[89]|20)\d\d", text[q.start:q.end]) and qual.qualifier is None:
            # A year before a noun names the thing's year, not how many there are: "the 1931
            # schooner model", "In 2019 surveyors found" (a count that large is written with its
            # comma, "2,019 surveyors", or hedged, "some 2000 people").  Not a claim at all where it
            # is a figure's base or a name: "(up 30% on 2025)", "HOLMVIK 2029 GHG EMISSIONS".
            if (_CHANGE_BASE_BEFORE.search(text, max(sentence.start, q.start - 30), q.start)
                    or _YEAR_IN_NAME.search(text, max(sentence.start, q.start - 30), q.start)):
                return None
            year = text[q.start:q.end]
            return _date_claim(text, sentence, RawDate(q.start, q.end, year, f"{year}-01-01", f"{year}-12-31", "year"),
                               source, lines, attribution)
    if q.kind is Kind.duration and _is_reporting_period(text, sentence, q):
        return None  # "output in the first nine months of 2031 was 205,900 t": the figures' period
    if q.kind in _RATED_KINDS:
        # "20,000 tonnes of sulphur dioxide a day": what flows comes between amount and period
        rate = _PER_PERIOD.match(text, qual.end, sentence.end) or _PER_PERIOD_AFTER_OF.match(text, qual.end, sentence.end)
        if rate:
            period = (rate.group(1) or rate.group(2)).lower()
            noun = "per " + {"daily": "day", "weekly": "week", "monthly": "month", "quarterly": "quarter",
                             "annually": "year", "yearly": "year"}.get(period, period)
        elif q.kind is Kind.money and (unit := _PER_UNIT.match(text, qual.end, sentence.end)):
            # "$4.46/lb", "$9.83 a kilo", "USD 910 a tonne": a price per unit, not a sum
            noun = "per " + _PRICED_UNITS[unit.group(1).lower()]
    if q.kind is Kind.percent:
        noun = _share_base(text, qual.end, sentence.end)
    if q.kind is Kind.count and noun is None and (per := _COUNT_PER.match(text, qual.end, sentence.end)):
        noun = "per " + per.group(1).lower()  # "an average of just over three a game": a rate, not a total
    role = qual.role
    if ctx.is_difference(text, sentence.start, qual.start, qual.end):
        # A gap is a magnitude: "fell three seats short of a majority" is a shortfall of 3.  But
        # a measure "23 feet lower than when pumping began" has fallen, as "down 23 feet" has.
        lower = sign < 0 and q.kind is not Kind.count and _LOWER_THAN.match(text, qual.end, sentence.end)
        is_change, sign = True, -1 if lower else 1
    if is_change and role is Role.level:
        role = Role.change
    value, low, high = q.value, qual.low, qual.high
    if (q.kind is Kind.temperature and q.unit == "degC" and q.value is not None and q.value > 0
            and not re.search(r"(?i)f(?:ahrenheit)?$", text[q.start:q.end])
            and (below := _BELOW_FREEZING.match(text, qual.end, sentence.end))):
        # "six degrees below freezing", "11C below zero": a level under nought
        sign = -1
        qual = dataclasses.replace(qual, end=below.end())
    if sign < 0:
        value = -value
        low, high = (-high if high is not None else None), (-low if low is not None else None)
    time_ref = ctx.nearest_time(times, qual.start, qual.end, sentence.start, text)
    if q.kind is Kind.duration and time_ref is not None and (
            (time_ref.low and time_ref.low == time_ref.high)
            or _PERIOD_BEFORE.search(text, max(sentence.start, qual.start - 25), qual.start)):
        # A day says when something happened ("its second hike in three months on Thursday"),
        # not the period a duration is measured over; "the past twelve months" is a period.
        time_ref = None
    # A price on the market ("shares closed at $45.20") is a reading of its trading day.
    market = q.kind in (Kind.money, Kind.percent) and bool(_MARKET_READING.search(sentence.text))
    if (time_ref is None and published is not None and (market or (
            q.kind not in _NOT_TALLIED and (q.kind is not Kind.length or _READING.search(sentence.text))
            and _RUNNING_TALLY.search(sentence.text)))):
        # A toll or tally changes by the day: without a stated time it is the count as of the
        # day of publication.
        day = published.isoformat()
        # A reading (a river level, a closing price) holds for its day; a running count for a
        # day either side, since outlets publish the same update a day apart.
        days = 0 if market or _READING.search(sentence.text) else TALLY_DAYS
        since = (published - dt.timedelta(days=days)).isoformat()
        time_ref = ctx.TimeRef(qual.start, qual.start, day, since, day, False)
    own_part, own_start = _own_part(text, sentence, qual.start)
    is_projection = q.kind in TIME_DEPENDENT and _projects(own_part, qual.end - own_start)
    if (is_projection and time_ref is not None and time_ref.low and time_ref.low == time_ref.high
            and published is not None and time_ref.low <= published.isoformat()):
        # "presented a 2027 budget on Tuesday that aims to cut the deficit to 2.9%": Tuesday is
        # when the plan was made, not the period it is for (a later year the sentence names).
        later = [int(y) for y in _YEAR.findall(sentence.text) if int(y) > published.year]
        time_ref = (ctx.TimeRef(time_ref.start, time_ref.end, str(later[0]), f"{later[0]}-01-01", f"{later[0]}-12-31", True)
                    if later else None)
    if (time_ref is not None and q.kind in _PHYSICAL_KINDS and time_ref.low and time_ref.low == time_ref.high
            and _is_compound_size(text, q.kind, qual.start, qual.end)):
        # "the 40-megawatt turbine tripped on Friday", "a 260-metre section of fence came down on
        # 2 April": the size of a thing, which the day of the event does not date.
        time_ref = None
    said_of_future = bool(_FUTURE_TENSE.search(own_part))
    if role is Role.prior and (is_projection or said_of_future):
        # "plans to raise capacity to 52,000 from 38,400": the starting point of a plan is
        # today's level, not a forecast and not an earlier value.
        role, is_projection, said_of_future = Role.level, False, False
    line, column = lines.position(qual.start)
    span = text[qual.start:qual.end]
    claim = Claim(
        id=stable_id(source, qual.start, span),
        source=source, line=line, column=column, start=qual.start, end=qual.end, text=span,
        sentence=sentence.text, sentence_start=sentence.start, kind=q.kind, value=_number(value),
        low=_number(low) if low is not None else None, high=_number(high) if high is not None else None,
        unit=q.unit, qualifier=qual.qualifier, role=role,
        time=time_ref.label if time_ref else None, time_target=bool(time_ref and time_ref.target) or is_projection,
        attribution=attribution, noun=noun,
    )
    time_low, time_high = (time_ref.low, time_ref.high) if time_ref else (None, None)
    if (time_ref is None and published is not None and (q.kind in TIME_DEPENDENT or q.kind is Kind.duration)
            and not claim.time_target
            and not said_of_future):
        # A figure stated without a time is about the present of the article: the half year to
        # its date (last year's total, reported early in the year, still falls in it).  "Turnout
        # was 52%" in 2024 does not contradict "in 2016, turnout had been 44%", nor "recalled
        # 1.27 million cars" last October's "recalled 310,000 in October".
        # A few days past it too: another outlet's "today" two days later is the same state of
        # affairs (a running total that rose between the two is excused by the reconciler).
        time_low = (published - dt.timedelta(days=UNDATED_REACH_DAYS)).isoformat()
        time_high = (published + dt.timedelta(days=UNDATED_AFTER_DAYS)).isoformat()
    return ClaimRecord(claim, time_low=time_low, time_high=time_high)


_BELOW_FREEZING = re.compile(r"(?i)\s+(?:celsius\s+)?below\s+(?:freezing|zero)\b")
_LOWER_THAN = re.compile(r"(?i)\s*(?:lower|less|smaller|shorter|cheaper)\s+(?:[a-z-]+\s+)?than\b")


# "118 of the 240 seats", "60 of its 412 stores", "23 of the city's 41 districts", "45 and 50 cases"
# "412 were passengers and 87 were crew": a count whose noun follows a copula and ends its
# clause (not "12 were injured", "5 were still missing": participles and adverbs say what
# happened to them).
_NAMED_BY_COPULA = re.compile(r"\s+(?:were|are|was|is)\s+([a-z]+(?<!ed)(?<!ing)(?<!ly))(?=\s*(?:[,.;:)]|and\b|or\b|$))")
_OF_TOTAL = re.compile(r"\s+(?:(?:out\s+)?of\s+(?:(?:the|its|their|all)\s+)?(?:[A-Z]?[a-z-]+['’]s\s+)?|and\s+|or\s+|to\s+)"
                       r"[\d,.]+\s+([A-Za-z]+)((?:\s+[A-Za-z-]+){0,2})")


# The period a company or an office reports figures for: "the first nine months of 2031", "from
# 6.4 pct in the previous three months".  Like a year that says when a figure holds, it is the
# figures' time, not a claim.  ("Revenue for the three months ended Sept. 27" the corpus labels
# as a duration.)
_REPORT_SPAN_BEFORE = re.compile(r"(?i)\bthe\s+(?:first\s+|last\s+|past\s+|latest\s+)?$")
_REPORT_SPAN_AFTER = re.compile(
    r"(?i)\s+of\s+(?:the\s+(?:year|financial\s+year|fiscal\s+year)|this\s+year|last\s+year|(?:fiscal\s+)?\d{4})\b")
_PREVIOUS_SPAN_BEFORE = re.compile(r"(?i)\b(?:in|over)\s+the\s+(?:previous|preceding)\s+$")
_REPORT_UNITS = re.compile(r"(?i)\b(?:months?|weeks?|quarters?)$")
# "sales in the 13 weeks to Sept. 28", "the three months ended June 30", "(12 weeks to 21
# September)": the period a figure covers, named by its end.
_PERIOD_TO_DATE_AFTER = re.compile(
    r"(?i)\s+(?:to|ended|ending|through)\s+(?:the\s+end\s+of\s+)?(?:\d{1,2}\s+)?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b\.?")


def _is_reporting_period(text: str, sentence: Sentence, q: RawQuantity) -> bool:
    if not _REPORT_UNITS.search(text, q.start, q.end):
        return False
    before = text[max(sentence.start, q.start - 30):q.start]
    return bool((_REPORT_SPAN_BEFORE.search(before) and _REPORT_SPAN_AFTER.match(text, q.end, sentence.end))
                or _PREVIOUS_SPAN_BEFORE.search(before) or _PERIOD_TO_DATE_AFTER.match(text, q.end, sentence.end))


_TIMES_AFTER = re.compile(r"(?i)\s+times\b")
_MULTIPLE_AFTER = re.compile(r"(?i)\s+times\s+(?:the|its|their|his|her|face|as|more|higher|larger|bigger|greater|"
                             r"what|that|this|last|a\s+year)\b")
_VOTE_VERB = (r"(?i)\b(?:voted|votes?|passed|approved|backed|rejected|adopted|defeated|carried|endorsed)"
              r"(?:\s+(?:it|the\s+[a-z]+|by))?\s+")
_VOTE_FIRST = re.compile(_VOTE_VERB + r"$")
_VOTE_SECOND = re.compile(_VOTE_VERB + r"\d[\d,]*\s*(?:to|[-–])\s*$")
_VOTE_OTHER_AFTER = re.compile(r"\s*(?:to|[-–])\s*\d")


def _is_vote_tally(text: str, sentence: Sentence, q: RawQuantity) -> bool:
    """The two sides of a vote: "Deputies voted 221 to 187", "The Senate passed the bill 96-71"."""
    head = text[max(sentence.start, q.start - 40):q.start]
    return bool((_VOTE_FIRST.search(head) and _VOTE_OTHER_AFTER.match(text, q.end, sentence.end))
                or _VOTE_SECOND.search(head))


def _count_noun(text: str, end: int, limit: int) -> str | None:
    m = _COUNT_NOUN.match(text, end, limit)
    if not m:
        return None
    if _TIMES_COUNTED.match(text, end, limit):
        return "time"  # "contested 14 times", "called out 146 times in 2032": how often, not a multiple
    of_total = _OF_TOTAL.match(text[end:limit])
    if of_total and of_total.group(1).lower() not in ctx.STOPWORDS:
        # "118 of the 240 seats", "45 and 50 cases"; "84 of 96 scheduled intercontinental
        # departures": the first plural of the phrase
        words = [of_total.group(1), *of_total.group(2).split()]
        plural = next((w for w in words if re.fullmatch(r"[a-z]+[^s]s", w)), words[0])
        return ctx.stem(plural.lower())
    if (named := _NAMED_BY_COPULA.match(text, end, limit)) and named.group(1).lower() not in ctx.STOPWORDS:
        return ctx.stem(named.group(1).lower())  # "Of the 499 aboard, 412 were passengers and 87 were crew"
    words = m.group("words").split()
    if words and words[0].lower() in ("points", "pts"):
        return "point"  # read as a count ("41 points from 28 matches"): a league's or a game's points
    if m.group("hyphen") and words:
        return ctx.stem(words[0].split("-")[0].strip("’'").lower())  # "120-bed hospital"
    for i, word in enumerate(words):
        bare = word.strip("’'").lower()
        plural = bare.endswith("s") and not bare.endswith(("ss", "us", "is")) and len(bare) > 3
        # A plural after a modifier heads the noun phrase even when it is a stopword
        # elsewhere: "44 feeding points", "12 sales figures".
        if bare in _NOUN_MODIFIERS:
            continue  # "60 new stores", "64 confirmed cases", "11 data centres": the noun follows
        if bare in ctx.STOPWORDS and bare not in _PLURAL_NOUNS and not (i and plural):
            break
        if bare in _PLURAL_NOUNS or plural:
            return ctx.stem(bare)
    return None


def _date_claim(text: str, sentence: Sentence, d: RawDate, source: str, lines: LineIndex,
                attribution: str | None) -> ClaimRecord:
    line, column = lines.position(d.start)
    span = text[d.start:d.end]
    claim = Claim(
        id=stable_id(source, d.start, span), source=source, line=line, column=column, start=d.start, end=d.end,
        text=span, sentence=sentence.text, sentence_start=sentence.start, kind=Kind.date, value=d.value,
        low=d.low, high=d.high, unit=None, attribution=attribution,
    )
    return ClaimRecord(claim)
