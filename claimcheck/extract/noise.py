"""Spans that hold digits but no claim: URLs, e-mail, phone numbers, ISBNs, times of day,
numbered names ("Section 230", "Flight 370"), scores and captions."""

from __future__ import annotations

import re

from claimcheck.extract import units as U
from claimcheck.extract.numbers import CLOCK_CUE, NOUN_AFTER_SCORE, SCORE, SPORT, is_gap_clock, is_glued_money

_NOISE = re.compile(
    r"""
      https?://\S+ | www\.\S+ | \b[\w.+-]+@[\w-]+\.[\w.-]+
    | \bISBN(?:-1[03])?:?\s*[\d-]{9,17}[\dXx]
    | (?<![\w,.])(?!\d{1,3}(?:\s\d{3})+(?![\w,.:]*\d))\+?\(?\d{2,4}\)?(?:[\s.-]\d{2,4}){2,4}(?![\w,.:]*\d)   # phone numbers
    | (?<![\w,.])0\d{2,4}[\s-]\d{3,4}(?:[\s-]\d{3,4})?(?![\w,.:]*\d)                    # "01632 960 118", "031 555 0199"
    | \b[HhTPF](?:(?<=[Hh])elp(?:line|LINE)|(?<=[Hh])ot(?:line|LINE)|(?<=H)ELPLINE|(?<=H)OTLINE|(?<=T)el|(?<=P)hone|(?<=F)ax)
      (?:\s+(?:number|no\.?))?\.?\s*(?::|\bon\b)?\s*
      \+?\d[\d\s-]*\d                                               # "Helpline: 1070", "Tel: 555 0100"
    | \b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|GMT|UTC|BST|CET|EST|EDT|PST|IST|PKT|CDT|CST|hrs|h)\b
    | \b(?P<clock>(?<!:)(?:[01]?\d|2[0-3]):[0-5]\d)\b(?!:\d|\.\d)      # times of day (not "2:04:37", "62:40", "5:21.84")
    | \b\d{1,2}\s*(?:[ap]\.m\.|[ap]m\b)
    | \b(?:gates|berths|platforms|terminals|exits|junctions|piers|chapters|sections|articles|clauses|rooms|episodes)
      \s+\d[\d.,]*[A-Za-z]?(?=\s*(?:,|and|&|or|to)\s*\d)                   # "between exits 4 and 7"
    | \b(?:pages?|pp\.|class|version|model|lot|gate|berth|platform|terminal|exit|junction|pier|chapter|section|
          article|clause|paragraph|route|flight|room|suite|apartment|episode|bus|game|match|deck|bands?|tiers?)\s+\d[\d.,]*(?:[-–]\d+)?[A-Za-z]?\b
          (?!\s*(?:%|per\s?cent|pct))
    | \b(?:Section|Article|Chapter|Route|Highway|Interstate|Flight|No\.|Nos\.|Number|Room|Page|Pages|pp\.|p\.|Resolution|
          Platform|Gate|Terminal|Level|Class|Category|Grade|Phase|Stage|Clause|Paragraph|Item|Case|Vol\.|Volume|Issue|Model|
          Version|Rule|Bill|Law|Act|Tier|Band|Bands|Ward|District|Zone|Block|Sector|Unit|Squad|Lot|Exit|Junction|Pier|Berth|Line|
          Season|Episode|Part|Week|Day|Round|Game|Match|Series|Figure|Table|Box|Apartment|Suite|Floor|Bus|Train|Channel|Ref\.?)
      \s+(?:\d[\d.,]*(?:[-–/]\d+)?[A-Za-z]?|(?i:one|two|three|four|five|six|seven|eight|nine|ten))\b
    | \b(?i:day|round|stage|phase|leg|game|deck)(?:\s+|-)(?i:one|two|three|four|five|six|seven|eight|nine|ten)\b(?!\s+(?:days?|weeks?))
    | \b(?i:days|rounds|stages|games)\s+(?i:one|two|three|four|five|six|seven|eight|nine|ten|\d)\s+(?:to|and|-|–)\s+
      (?i:one|two|three|four|five|six|seven|eight|nine|ten|\d)\b                # "days one to four": which days
    | \#\d+
    | \b\d{1,2}[-\s]?(?:carat|karat|ct|kt|k)\s+(?:(?:white|yellow|rose|solid)\s+)?gold\b     # "18-carat gold": purity
    | (?<=[('’])000s?\b(?![,.]\d)                                     # "('000 t)", "(’000)": a scale in a heading
    | \b(?:ID|PIN|[Pp]asscode|[Aa]ccess\s+code)\s*:?\s*\d[\d\s-]*\d\b                     # "meeting ID 8812 3307"
    | \(\s*\d+\s*[LR]\s*\)                                          # photo captions: (4L), (1R)
    | \b(?!(?:km|m|mi|cm|ft)[23²³]\b)(?<!\d-)[A-Za-z]+[-‐]?\d+[A-Za-z\d-]*\b   # H5N1, B-52, A-10, A320 (not "120-to-150")
    | \b\d+[A-Za-z]+\d[\w-]*\b                                      # 3G4, 5G-LTE style codes
    | (?P<slash>\b\d+/\d+\b(?!/))                                   # 24/7, 9/11 (fractions with a unit are kept)
    """,
    re.VERBOSE,
)


# A slash fraction that measures something is a quantity: "1/4 inch", "2 1/2 in", "1/40 of".
_FRACTION_USE = re.compile(
    r"\s?(?:of\b|in\b|(?:" + U.alternation(U.MEASURES) + r")(?![\w²³]))", re.IGNORECASE)
_MIXED_BEFORE = re.compile(r"(?<![\w.,])\d{1,4}\s$")


# Before a time of day in words or with a point: "at ten to four", "a little after twenty to
# seven", "left at 9.35 on Monday".
_CLOCK_BEFORE = re.compile(r"(?i)\b(?:at|by|after|about|around|until|before|it\s+was|it\s+is)\s$")
_AT_BEFORE = re.compile(r"(?i)\bat\s+(?:(?:approximately|about|around|roughly|exactly|precisely|just\s+(?:after|before))\s+)?$")


# A time of day in words: "at ten to four", "a little after twenty to seven" (looked for only
# in sentences with " to " or " past ": the words are common).
_HOUR_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_CLOCK_WORDS = re.compile(r"(?i)\b(?:five|ten|twenty|twenty-five|a\s+quarter|quarter|half)\s+(?:to|past)\s+"
                          r"(?:" + _HOUR_WORD + r"|noon|midnight)\b")


# "twelve minutes past three", "By seven, the board had turned red", "a little after ten.", "gone
# eleven at night": an hour in words with no noun after it.
_MINUTES_PAST = re.compile(r"(?i)\b[\w-]+\s+minutes\s+(?:past|to)\s+" + _HOUR_WORD + r"\b")
_BARE_HOUR = re.compile(
    r"(?i)(?:\b(?:a\s+little|shortly|just|soon|some\s*time)\s+(?:after|before)|\bgone|\buntil|\btill|(?:^|(?<=[.!?]\s)|(?<=\n))\W*by)\s+(" + _HOUR_WORD + r")"
    r"(?=\s*(?:[,.;]|at\s+night|in\s+the\s+(?:morning|afternoon|evening)|o['’]clock"
    r"|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))")


def _clock_words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    segment = text[start:end]
    spans = [(m.start(1), m.end(1)) for m in _BARE_HOUR.finditer(text, start, end)]
    if " to " not in segment and " past " not in segment:
        return spans
    spans += [(m.start(), m.end()) for m in _MINUTES_PAST.finditer(text, start, end)]
    return spans + [(m.start(), m.end()) for m in _CLOCK_WORDS.finditer(text, start, end)
                    if _CLOCK_BEFORE.search(text, max(start, m.start() - 8), m.start())]


# Rarer noise, looked for only when a cheap test of the sentence finds its key: a time of day
# with a point ("left at 9.35 on Monday"), a page's reading time, a wire story's "UPDATE 2-".
_DOT_CLOCK = re.compile(r"\b\d{1,2}\.[0-5]\d(?=\s+(?:on|in\s+the|this|that|yesterday|today|tomorrow|last|next)\b)")
_READING_TIME = re.compile(r"(?i)\breading\s+time:?\s*\d+\s*(?:minutes?|mins?)\b|\b\d+[\s-]?(?:minute|min)\s+read\b")
_UPDATE = re.compile(r"\bUPDATE\s+\d+\b")
# A basketball shot named by its value: "a three-pointer", "from three-point range".
_POINTER = re.compile(r"(?i)\b(?:one|two|three|four|[1-4])(?=-point(?:er|s?\s+(?:range|line|shots?|attempts?|plays?|field\s+goals?)))")
# A correction note says what an earlier version got wrong: none of its figures is a claim.
_CORRECTION = re.compile(r"(?i)\b(?:an?\s+earlier|a\s+previous)\s+version\s+of\s+this\b|^\W*correction\s*:")
# A rate's base, "9 kg per 100 km", "per 100,000 people", and the 1 of odds, "1 in 139.8 mln".
_PER_BASE = re.compile(r"(?<=\b[Pp]er\s)\d[\d,.]*(?<![.,])")
_ODDS_ONE = re.compile(r"(?<![\w.,])1(?=\s+in\s+\d[\d,]*[.,]\d)")
# A transcript's time code: "[18:00:04] PRESENTER: ...", "(00:12:31)".
# (Round brackets only opening a line: "won (2:04:37)" is a race time.)
_TIME_CODE = re.compile(r"\[\d{1,2}:[0-5]\d(?::[0-5]\d)?(?:[.,]\d{1,3})?\]|(?m:^[ \t]*)\(\d{1,2}:[0-5]\d(?::[0-5]\d)?\)")
# A blog's furniture: "5 min read · 48 comments*", "(42 comments)".
_COMMENT_COUNT = re.compile(r"(?m)(?<![\w,.])\d[\d,]*\s+comments?\b(?=\.?\s*(?:\*|\)|·|$))")
# "twenty-foot equivalent units": the name of the container unit (TEU), not a length.
_TEU_NAME = re.compile(r"(?i)\btwenty[-\s]foot(?=\s+equivalent)")
# A race's name ("the women's 100m freestyle", "the 400 metres hurdles"): which race, not a distance run.
_RACE_WORD = re.compile(r"(?i)freestyle|backstroke|breaststroke|butterfly|medley|hurdles|steeplechase|relay")
_RACE_NAME = re.compile(r"(?i)(?<![\w,.])\d{2,5}\s?(?:m|metres|meters)\s+(?:individual\s+)?"
                        r"(?=(?:freestyle|backstroke|breaststroke|butterfly|medley|hurdles|steeplechase|relay)\b)")
# A lottery's drawn numbers: "The winning numbers were 4, 17, 23, 31, 42 and 48, with bonus ball
# 9": names of balls, not counts.
_DRAWN_NUMBERS = re.compile(
    r"(?i)\b(?:winning|lucky|drawn|main|bonus|gold)\s+(?:numbers?|balls?)\s*(?:were|was|are|is|:)?\s*"
    r"(?:\d{1,2}(?:,\s*|\s+and\s+|\s*$))*\d{1,2}\b")
# A school year or grade: "85 pct of Year 8 pupils", "Grades 1-4".
_SCHOOL_YEAR = re.compile(r"\b(?:Year|Years|Grade|Grades|Form|Key\s+Stage)\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?\b")
# Places in a results list: "Results (elite men): 1. Holmgaard 1:46:52, 2. Vasquero 1:48:04".
_RANK = re.compile(r"(?:[:,;]\s+|^\W*)(\d{1,2}\.)(?=\s+[A-Z][a-z])")


def _rare_noise(text: str, start: int, end: int) -> list[tuple[int, int]]:
    segment = text[start:end]
    spans = [(m.start(), m.end()) for m in _DOT_CLOCK.finditer(text, start, end)
             if _AT_BEFORE.search(text, max(start, m.start() - 30), m.start())] if " at " in segment or segment.lstrip().startswith("At ") else []
    if "ead" in segment:
        spans += [(m.start(), m.end()) for m in _READING_TIME.finditer(text, start, end)]
    if "UPDATE" in segment:
        spans += [(m.start(), m.end()) for m in _UPDATE.finditer(text, start, end)]
    if "er " in segment:
        spans += [(m.start(), m.end()) for m in _PER_BASE.finditer(text, start, end)]
    if "1 in " in segment:
        spans += [(m.start(), m.end()) for m in _ODDS_ONE.finditer(text, start, end)]
    if "-point" in segment:
        spans += [(m.start(), m.end()) for m in _POINTER.finditer(text, start, end)]
    if "ersion" in segment or "orrection" in segment:
        spans += [(m.start(), end) for m in _CORRECTION.finditer(text, start, end)][:1]
    if "[" in segment or "(" in segment[:8]:
        spans += [(m.start(), m.end()) for m in _TIME_CODE.finditer(text, start, end)]
    if "omment" in segment:
        spans += [(m.start(), m.end()) for m in _COMMENT_COUNT.finditer(text, start, end)]
    if "quivalent" in segment:
        spans += [(m.start(), m.end()) for m in _TEU_NAME.finditer(text, start, end)]
    if _RACE_WORD.search(segment):
        spans += [(m.start(), m.end()) for m in _RACE_NAME.finditer(text, start, end)]
    if "umber" in segment or "ball" in segment or "Ball" in segment:
        spans += [(m.start(), m.end()) for m in _DRAWN_NUMBERS.finditer(text, start, end)]
    if "Year" in segment or "Grade" in segment or "Form " in segment or "Stage" in segment:
        spans += [(m.start(), m.end()) for m in _SCHOOL_YEAR.finditer(text, start, end)]
    if ". " in segment or segment.rstrip()[-2:-1].isdigit():  # a list split into sentences at "1."
        spans += [m.span(1) for m in _RANK.finditer(text, start, min(len(text), end + 3)) if m.start() < end]
    return spans


def _is_noise(text: str, m: re.Match[str], start: int, end: int) -> bool:
    if m.group("clock") and CLOCK_CUE.search(text, max(start, m.start() - 20), m.start()):
        return False  # "took 14:21", "run under 2:03": a duration, read by numbers.py
    if m.group("clock") and is_gap_clock(text, start, end, m.start(), m.end()):
        return False  # "+0:58", "won by 2:11": a gap between racers, read by numbers.py
    if is_glued_money(text, m.start(), m.end()):
        return False  # "Rs1,275 a kilo", "R87.50 a bottle", "P130", "N95bn": money, read by numbers.py
    if m.group("slash"):
        num, den = m.group("slash").split("/")
        if int(num) < int(den) and (_FRACTION_USE.match(text, m.end())
                                    or _MIXED_BEFORE.search(text, max(start, m.start() - 6), m.start())):
            return False
    return True


def noise_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of ``text[start:end]`` that must not be read as quantities, sorted."""
    spans = [(m.start(), m.end()) for m in _NOISE.finditer(text, start, end) if _is_noise(text, m, start, end)]
    spans += _clock_words(text, start, end) + _rare_noise(text, start, end)
    if SPORT.search(text, start, end):  # a score before a noun ("2-3 weeks") is no claim; numbers.py reads the others
        spans += [(m.start(), m.end()) for m in SCORE.finditer(text, start, end) if NOUN_AFTER_SCORE.match(text, m.end(), end)]
    return sorted(spans)
