"""Peer extractors for the quality benchmark: quantulum3 and dateparser, read into the same
records as claimcheck's claims, in claimcheck's canonical units.

Both are optional (``pip install -e '.[bench]'``); ``available()`` says which can run.

quantulum3 -> claimcheck kinds and units
    A quantity's unit *name* is looked up first in ``UNIT_TABLE`` below (kind, factor to the
    canonical unit), so compound names quantulum3 gives no entity for ("gigawatt hour") still
    count as energy.  Otherwise its entity decides the kind (``ENTITY_KINDS``) and the value
    stays unconverted (None when no factor is known: the span can match, the value cannot).
    Entities with no claimcheck kind (data storage, frequency, "unknown" compounds such as
    "$4.6bn" read as dollar*bit*newton) are not predictions at all; they are counted as
    "unmapped".  Money: quantulum3's value is already scaled ("$2.3 million" -> 2300000), the
    unit is its ISO code, "dollar" without one is USD; cent/penny/dime are fractions of USD
    (penny of GBP).  "ton" is read as a metric tonne (newsroom usage; claimcheck reads it the
    same way).  Days are 1/365.25 year, months 1/12, as in claimcheck.
dateparser
    ``search_dates(text, languages=['en'])`` with RELATIVE_BASE set to the article's date
    when claimcheck's ``find_published`` finds one (the same information claimcheck has),
    and PREFER_DATES_FROM past (news looks back).  Each (substring, datetime) is placed by
    searching the substring from the end of the previous hit.  Its granularity is read from
    the substring: a day number or weekday/relative-day word -> "YYYY-MM-DD", a month name
    -> "YYYY-MM", else a bare year -> "YYYY".
Both: hits inside the article's date line (found by ``find_published``) are dropped, since
the labels never count the date line and claimcheck drops it the same way.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import warnings
from typing import Any, Callable

from quality_match import Mention

# --------------------------------------------------------------- unit table

_DAY = 1 / 365.25
UNIT_TABLE: dict[str, tuple[str, str | None, float | Callable[[float], float]]] = {}


def _add(kind: str, unit: str | None, factor: float | Callable[[float], float], *names: str) -> None:
    for name in names:
        UNIT_TABLE[name] = (kind, unit, factor)


_add("length", "km", 1.0, "kilometre")
_add("length", "km", 1e-3, "metre")
_add("length", "km", 1e-4, "decimetre")
_add("length", "km", 1e-5, "centimetre")
_add("length", "km", 1e-6, "millimetre")
_add("length", "km", 1e-9, "micrometre")
_add("length", "km", 1e-12, "nanometre")
_add("length", "km", 1e-15, "picometre")
_add("length", "km", 1e-18, "femtometre")
_add("length", "km", 1e-21, "attometre")
_add("length", "km", 0.1, "hectometre")
_add("length", "km", 0.01, "decametre")
_add("length", "km", 1.609344, "mile")
_add("length", "km", 1.852, "nautical mile")
_add("length", "km", 0.0009144, "yard")
_add("length", "km", 0.0003048, "foot")
_add("length", "km", 2.54e-5, "inch")
_add("length", "km", 0.201168, "furlong")
_add("length", "km", 0.0018288, "fathom")
_add("length", "km", 4.828032, "league")
_add("length", "km", 149597870.7, "astronomical unit")
_add("length", "km", 9460730472580.8, "light-year")

_add("area", "km2", 1.0, "square kilometre")
_add("area", "km2", 1e-6, "square metre")
_add("area", "km2", 0.01, "hectare")
_add("area", "km2", 2.589988110336, "square mile")
_add("area", "km2", 0.0040468564224, "acre")
_add("area", "km2", 8.3612736e-7, "square yard")
_add("area", "km2", 9.290304e-8, "square foot")
_add("area", "km2", 6.4516e-10, "square inch")

_add("mass", "t", 1.0, "tonne", "ton", "metric ton")
_add("mass", "t", 0.90718474, "short ton")
_add("mass", "t", 1.0160469088, "long ton")
_add("mass", "t", 1e-3, "kilogram")
_add("mass", "t", 1e-6, "gram")
_add("mass", "t", 1e-9, "milligram")
_add("mass", "t", 1e-12, "microgram")
_add("mass", "t", 0.00045359237, "pound-mass")
_add("mass", "t", 2.8349523125e-5, "ounce")
_add("mass", "t", 0.1, "quintal")
_add("mass", "t", 2e-7, "carat")

_add("volume", "m3", 1.0, "cubic metre", "stere")
_add("volume", "m3", 1e9, "cubic kilometre")
_add("volume", "m3", 1e-6, "cubic centimetre", "millilitre")
_add("volume", "m3", 1e-9, "cubic millimetre")
_add("volume", "m3", 1e-3, "litre", "cubic decimetre")
_add("volume", "m3", 1e-5, "centilitre")
_add("volume", "m3", 1e-4, "decilitre")
_add("volume", "m3", 0.1, "hectolitre")
_add("volume", "m3", 0.158987294928, "barrel")
_add("volume", "m3", 0.003785411784, "gallon")
_add("volume", "m3", 0.000946352946, "quart")
_add("volume", "m3", 0.000473176473, "pint")
_add("volume", "m3", 0.0002365882365, "cup")
_add("volume", "m3", 2.95735295625e-5, "fluid ounce")
_add("volume", "m3", 1.478676478125e-5, "tablespoon")
_add("volume", "m3", 4.92892159375e-6, "teaspoon")
_add("volume", "m3", 4168181825.440579, "cubic mile")
_add("volume", "m3", 0.764554857984, "cubic yard")
_add("volume", "m3", 0.028316846592, "cubic foot")
_add("volume", "m3", 1.6387064e-5, "cubic inch")
_add("volume", "m3", 1233.48183754752, "acre foot")

_J = 1 / 3.6e6  # joule in kWh
_add("energy", "kWh", 1.0, "kilowatt hour")
_add("energy", "kWh", 1e-3, "watt hour")
_add("energy", "kWh", 1e3, "megawatt hour")
_add("energy", "kWh", 1e6, "gigawatt hour")
_add("energy", "kWh", 1e9, "terawatt hour")
_add("energy", "kWh", _J, "joule", "watt second")
_add("energy", "kWh", 1e3 * _J, "kilojoule")
_add("energy", "kWh", 1e6 * _J, "megajoule")
_add("energy", "kWh", 1e9 * _J, "gigajoule")
_add("energy", "kWh", 1e-3 * _J, "millijoule")
_add("energy", "kWh", 1.602176634e-19 * _J, "electronvolt")
_add("energy", "kWh", 1.602176634e-16 * _J, "kiloelectronvolt")
_add("energy", "kWh", 1.602176634e-13 * _J, "megaelectronvolt")
_add("energy", "kWh", 1.602176634e-10 * _J, "gigaelectronvolt")
_add("energy", "kWh", 1.602176634e-7 * _J, "teraelectronvolt")
_add("energy", "kWh", 4.184 * _J, "calorie")
_add("energy", "kWh", 4184 * _J, "kilocalorie")
_add("energy", "kWh", 1055.05585262 * _J, "british thermal unit")
_add("energy", "kWh", 1055.05585262e6 * _J, "mega british thermal unit")
_add("energy", "kWh", 105505585.262 * _J, "therm")
_add("energy", "kWh", 0.7456998715822702, "horsepower-hour")
_add("energy", "kWh", 4.184e12 * _J, "kiloton")
_add("energy", "kWh", 4.184e15 * _J, "megaton")
_add("energy", "kWh", 4.184e18 * _J, "gigaton")

_add("power", "MW", 1.0, "megawatt")
_add("power", "MW", 1e-6, "watt")
_add("power", "MW", 1e-3, "kilowatt")
_add("power", "MW", 1e-9, "milliwatt")
_add("power", "MW", 1e3, "gigawatt")
_add("power", "MW", 1e6, "terawatt")
_add("power", "MW", 0.0007456998715822702, "horsepower")

_add("speed", "km/h", 1.0, "kilometre per hour")
_add("speed", "km/h", 1.609344, "mile per hour")
_add("speed", "km/h", 3.6, "metre per second")
_add("speed", "km/h", 1e-3, "metre per hour")
_add("speed", "km/h", 1.852, "knot")
_add("speed", "km/h", 1.09728, "foot per second")
_add("speed", "km/h", 0.09144, "inch per second")

_add("temperature", "degC", 1.0, "degree Celsius")
_add("temperature", "degC", lambda f: (f - 32) * 5 / 9, "degree fahrenheit")
_add("temperature", "degC", lambda k: k - 273.15, "kelvin")

_add("duration", "year", 1.0, "year")
_add("duration", "year", 1 / 12, "month")
_add("duration", "year", 7 * _DAY, "week")
_add("duration", "year", 14 * _DAY, "fortnight")
_add("duration", "year", _DAY, "day")
_add("duration", "year", _DAY / 24, "hour")
_add("duration", "year", _DAY / 1440, "minute")
_add("duration", "year", _DAY / 86400, "second")
_add("duration", "year", 10.0, "decade")
_add("duration", "year", 100.0, "century")
_add("duration", "year", 1000.0, "millennium")
_add("duration", "year", 1e3, "kiloyear")
_add("duration", "year", 1e6, "megayear")
_add("duration", "year", 1e9, "gigayear")

_add("percent", "%", 1.0, "percentage")
_add("percent", "%", 0.1, "per mille")
_add("percent", "bp", 1.0, "basis point")

_add("count", None, 1.0, "dimensionless", "count", "set")
_add("count", None, 2.0, "pair")
_add("count", None, 12.0, "dozen")
_add("count", None, 13.0, "baker's dozen")
_add("count", None, 144.0, "gross")
_add("count", None, 1728.0, "great gross")
_add("count", None, 120.0, "long hundred")

_CURRENCY_NAMES = {"dollar": "USD", "united states dollar": "USD", "euro": "EUR", "pound sterling": "GBP",
                   "japanese yen": "JPY", "swiss franc": "CHF", "canadian dollar": "CAD",
                   "australian dollar": "AUD", "new zealand dollar": "NZD"}
_CURRENCY_FRACTIONS = {"cent": ("USD", 0.01), "penny": ("GBP", 0.01), "dime": ("USD", 0.1),
                       "rappen": ("CHF", 0.01)}

# Entities that name a claimcheck kind even when the unit has no entry in UNIT_TABLE.
ENTITY_KINDS = {"currency": "money", "length": "length", "area": "area", "mass": "mass", "volume": "volume",
                "energy": "energy", "power": "power", "speed": "speed", "temperature": "temperature",
                "time": "duration"}
CANONICAL = {"length": "km", "area": "km2", "mass": "t", "volume": "m3", "energy": "kWh", "power": "MW",
             "speed": "km/h", "temperature": "degC", "duration": "year"}
QUANTULUM_KINDS = ("money", "percent", "length", "area", "mass", "volume", "energy", "power", "speed",
                   "temperature", "duration", "count")
DATEPARSER_KINDS = ("date",)


def convert_unit(unit_name: str, value: float | None, entity: str | None = None,
                 currency_code: str | None = None) -> tuple[str, str | None, float | None] | None:
    """(kind, canonical unit, canonical value) for a quantulum3 unit name, or None when the
    unit has no claimcheck kind.  The value is None when the kind is known but not the factor."""
    if unit_name in UNIT_TABLE:
        kind, unit, factor = UNIT_TABLE[unit_name]
        if value is None:
            return kind, unit, None
        return kind, unit, (factor(value) if callable(factor) else value * factor)
    if unit_name in _CURRENCY_FRACTIONS:
        code, factor = _CURRENCY_FRACTIONS[unit_name]
        return "money", code, None if value is None else value * factor
    if entity == "currency" or unit_name in _CURRENCY_NAMES:
        code = currency_code or _CURRENCY_NAMES.get(unit_name)
        return "money", code, value
    if entity in ENTITY_KINDS:
        kind = ENTITY_KINDS[entity]
        return kind, CANONICAL.get(kind), None
    return None


# --------------------------------------------------------------- availability

def available() -> dict[str, str | None]:
    """Peer name -> None when usable, else why not ("not installed" or the error)."""
    out: dict[str, str | None] = {}
    if importlib.util.find_spec("quantulum3") is None:
        out["quantulum3"] = "not installed"
    else:
        try:
            _quantulum_parse("a 5 km road")
            out["quantulum3"] = None
        except Exception as exc:  # e.g. a scikit-learn that cannot load its shipped classifier
            out["quantulum3"] = f"unusable: {type(exc).__name__}: {exc}"
    if importlib.util.find_spec("dateparser") is None:
        out["dateparser"] = "not installed"
    else:
        out["dateparser"] = None
    return out


def _quantulum_parse(text: str) -> list[Any]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        return parser.parse(text)


def quantulum_mentions(text: str, article: str, skip: tuple[int, int] | None = None) -> tuple[list[Mention], int]:
    """quantulum3's quantities as Mentions, and how many had no claimcheck kind."""
    out: list[Mention] = []
    unmapped = 0
    for q in _quantulum_parse(text):
        start, end = q.span
        if skip and skip[0] <= start < skip[1]:
            continue
        unit = q.unit
        entity = getattr(getattr(unit, "entity", None), "name", None)
        converted = convert_unit(unit.name, q.value, entity, getattr(unit, "currency_code", None))
        if converted is None:
            unmapped += 1
            continue
        kind, canonical, value = converted
        if kind == "count" and value is not None and float(value).is_integer():
            value = int(value)
        out.append(Mention(article, start, end, text[start:end], kind, value, None, None, canonical))
    return out, unmapped


_WEEKDAY_OR_RELATIVE = re.compile(
    r"(?i)\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:today|yesterday|tomorrow|tonight|ago)\b")
_MONTH = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\b|$)")


def date_granularity(substring: str) -> str:
    """"day", "month" or "year", read from the words dateparser matched."""
    without_years = re.sub(r"\b\d{4}\b", " ", substring)
    if _WEEKDAY_OR_RELATIVE.search(substring) or re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b", without_years):
        return "day"
    if _MONTH.search(substring):
        return "month"
    if re.search(r"\b\d{4}\b", substring):
        return "year"
    return "day"


def dateparser_mentions(text: str, article: str, published: dt.date | None,
                        skip: tuple[int, int] | None = None) -> list[Mention]:
    from dateparser.search import search_dates

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past"}
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime(published.year, published.month, published.day)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(text, languages=["en"], settings=settings) or []
    out: list[Mention] = []
    cursor = 0
    for substring, when in found:
        start = text.find(substring, cursor)
        if start < 0:
            start = text.find(substring)
        if start < 0:
            continue
        end = start + len(substring)
        cursor = end
        if skip and skip[0] <= start < skip[1]:
            continue
        grain = date_granularity(substring)
        value = {"day": when.strftime("%Y-%m-%d"), "month": when.strftime("%Y-%m"), "year": when.strftime("%Y")}[grain]
        out.append(Mention(article, start, end, substring, "date", value, None, None, None))
    return out
