"""Counts whose noun is not written next to them, and ages.

A bare number ("damaged 45 more", "up from 205", "27 counties in the north and 6 in the
south") is a claim only when the words around it show it counts something; otherwise it is
likely a name, a code or a stray figure ("pier 7", "ISO 9001", "the ABC 50 index").  The cues here are
grammatical, not topical: what the sentence does with the number, never which number it is.
"""

from __future__ import annotations

import re

from claimcheck.extract import context as ctx
from claimcheck.extract.numbers import RawQuantity
from claimcheck.extract.text import LineIndex, Sentence
from claimcheck.models import Claim, ClaimRecord, Kind, stable_id

# Nouns that count things without ending in -s ("120 people", "9 memoranda").
PLURAL_NOUNS = frozenset("people children men women police staff personnel cattle livestock sheep fish "
                         "dead injured wounded missing homeless displaced "
                         "aircraft troops crew deer memoranda criteria phenomena alumni shows items sets".split())
# A number that could be a year or is written with a leading zero ("07 April") is left to
# the date reader; these cues never make it a count.
_YEAR_LIKE = re.compile(r"(?:1[5-9]|20)\d\d|0\d*")
_MONTH_AFTER = re.compile(
    r"(?i)\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]*)\.?(?![\w-])")
# Thousands separators ("12,480", "2,35,000") are written for magnitudes, not for codes,
# years, phone numbers or names.
_GROUPED = re.compile(r"\d{1,3}(?:,\d{2})*,\d{3}")
# Right before the number, a capitalised word or a code names it: "ISO 9001", "ABC 50",
# "Regulation 12", "Oct 7".  (A sentence's first word is just capitalised.)
_WORD_BEFORE = re.compile(r"(?P<word>[^\s*_\"“(]+)[\s*_]+$")
# ... and so does a lower-case noun that numbers things: "page 1,024", "pier 7", "route 12".
_NUMBERING_NOUNS = frozenset(
    """page pages room rooms gate gates platform platforms route routes flight pier piers berth line lines bus
    train exit junction ward wards zone zones block blocks sector unit units section sections article articles
    chapter chapters clause clauses item items case model version number no lot plot row rows floor level
    grade tier stage phase week day round game match season episode figure table box apartment suite marker
    road highway street avenue channel track tracks shirt size""".split())
# A number listed right after another bare number names things as well: "Rooms 12 and 14",
# "Gates 3 and 4 will open" (after a year it is the next figure: "7 in 2020 and 9 in 2021").
_LISTED_AFTER_NUMBER = re.compile(r"(?<![\w.,])(?P<n>\d[\d,]*)\s*(?:,|and|or|&)\s+$")
# After the number, what stands in for the noun: "45 more", "9,000 of them", "14 were
# taken", "the 151 needed".
_ELIDED_AFTER = re.compile(
    r"\s+(?:more|fewer|others?|apiece|each|of\s+(?:them|those|these|whom|which|us|you)"
    r"|(?:were|was|are|is|have|had|has|will|would)\s+(?:been\s+|now\s+|also\s+|still\s+)?(?!\d)[a-z]+"
    r"|needed|required|remaining|left"
    # Headline style, the people left out: "21 killed, 17 missing", "23 HURT IN EVACUATION".
    r"|(?i:killed|hurt|injured|wounded|dead|died|rescued|evacuated|arrested|detained|trapped|stranded|hospitali[sz]ed"
    r"|(?:still\s+)?missing|recovered|survived|abstained)"
    # A vote: "41 in favour and 27 against" (see _VOTE_AGAINST for the second side).
    r"|in\s+favou?r"
    # A passive with its agent: "the 20 surveyed by this newspaper", "the 300 polled by Ipsos".
    r"|[a-z]+ed\s+by"
    # A part of a whole: "all 12 of its other jets".
    r"|of\s+(?:its|their|his|her|our|the|these|those)\s+(?:other\s+)?\w[\w-]*)\b"
)
_VOTE_AGAINST = re.compile(r"\s+against\b(?!\s+(?:the|a|an)\b)")
_VOTE_FOR_BEFORE = re.compile(r"(?i)\d\s+(?:votes?\s+)?(?:in\s+favou?r|for)\b[^.;]{0,30}$")
# "score 15 a season", "12 per game": a count per period.
_RATE_AFTER = re.compile(r"\s+(?:a|an|per|each)\s+(?:season|year|game|match|race|day|week|month|term)\b")
# The base a change is measured from: "up from 205", "compared with 45", "against 90".
_BASE_BEFORE = re.compile(
    r"(?i)\b(?:(?:up|down|rising|falling|rose|fell|increased|decreased|dropped|climbed|higher|lower)\s+from"
    r"|compared\s+(?:with|to)|versus|vs\.?|against)\s+$"
    # "improved to 31.4 moves per hour from 28.9", "rose to 41.3 years in 2029 from 39.6"
    r"|\b(?:to|at)\s+[\d.,]+\s*%?\s*(?:[\w%]+\s+){0,4}from\s+$"
    # "down 4 pct to 388", "jumped 22 per cent to 295": the level a change reached
    r"|(?<![\w.,])\d[\d.,]*\s*(?:%|pct|per\s?cent|percent)\s+to\s+$"
    # "passed by 34 votes to 21": the losing side of a vote
    r"|\b\d[\d,]*\s+votes?\s+to\s+$"
)
# The two figures of a change told "from A to B" with the noun before them ("staff numbers went
# from 30 to 45", "expand the depots from four to 9"): each counts what the other does.
_FROM_A_TO_BEFORE = re.compile(r"(?i)\bfrom\s+(?:\d[\d,.]*|[a-z]+(?:-[a-z]+)?)\s+to\s+$")
_FROM_BEFORE = re.compile(r"(?i)\bfrom\s+$")
_TO_B_AFTER = re.compile(r"\s+to\s+(?P<b>\d[\d,.]*|[a-z]+(?:-[a-z]+)?)(?P<rest>[^\w]{0,3}\w*)")
_CLOCK_NEAR = re.compile(r"(?i)\b(?:open|opens|opening|closed?|closes|daily|o['’]clock|a\.?m\b\.?|p\.?m\b\.?|hours|shifts?)")
# The total of a share: "14 of 52", "8 in 20", "9 out of 10".
_TOTAL_BEFORE = re.compile(r"(?<![\w.,])\d[\d,]*\**\s+(?:of|in|out\s+of)\s+\**$")
# A number in a list or contrast right after a counted noun, which it shares: "27 counties
# in the north and 6 in the south", "(300 seats, 151 for a majority)".
_PARALLEL_BEFORE = re.compile(r"(?i)(?:[,;(]|\b(?:and|or|but|while|whereas|including|incl\.|among\s+them))\s+$")
_COUNTED_EARLIER = re.compile(
    r"(?<![\w.,])(?P<share>(?:of|in|out\s+of)\s+)?(?P<n>\d[\d,.]*)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z]{3,}(?<![isu])s|"
    + "|".join(sorted(PLURAL_NOUNS)) + r")\b"
    r"(?:(?=(?P<total>\s+(?:of|in|out\s+of)\s+(?!(?:1[5-9]|20)\d\d\b)\d))|)")
_REACH = 300
_SHARE_AFTER = re.compile(r"\s+(?:of|in|out\s+of)\s+\**\d")

# Ages: "Jan Novak, 62, said", "said farmer Ana Ruiz, 45.", "a man aged 30", "children
# under five".  The README convention: an age is a duration in years.
_APPOSITION_BEFORE = re.compile(r"(?<![\w’'-])[A-ZÀ-Þ][^\W\d_]*(?:[’'-][^\W\d_]+)*,\s$")
# ... but a name after a preposition or in a list is a place: "cases in Arlen, 120, and ..."
# A full name (two capitalised words) before the comma: "Ida Prestwood, seventy-one." A word
# number after one word ("Arlen, twenty, ...") is too often a list.
_FULL_NAME_BEFORE = re.compile(r"(?<![\w’'-])[A-ZÀ-Þ][^\W\d_]+\s+[A-ZÀ-Þ][^\W\d_]*(?:[’'-][^\W\d_]+)*,\s$")
_WORD_AGE_FLOOR = 16
_PLACE_BEFORE = re.compile(r"(?i)\b(?:in|at|from|to|near|of|and|or|for|across|between)\s+(?-i:(?:[A-ZÀ-Þ][^\s,]*\s+)*[A-ZÀ-Þ][^\s,]*),\s$")
# Two capitalised words after a preposition of place are a place ("in Port Arlen, 120, ..."); after
# "for" or "and" they are as often a person ("For Alma Reeve, 66, ...").
_FULL_PLACE_BEFORE = re.compile(r"(?i)\b(?:in|at|from|to|near|of|across|between|into|outside)\s+"
                                r"(?-i:(?:[A-ZÀ-Þ][^\s,]*\s+)*[A-ZÀ-Þ][^\s,]*),\s$")
# What follows a full name's age besides a verb or a job: "Tom Ash, 41, in 3:27:51", "Ana Bly,
# 19, and her sister", "Rui Sa, 26, and signed ...", "Ines Moro, 71, Dario's aunt".
_FULL_NAME_AGE_AFTER = re.compile(r",\s+(?:and\s+(?:his|her|their|[a-z]+ed)\b|in\b|[A-ZÀ-Þ][^\W\d_]+['’]s\b)")
# A full name after "and" then a job: "... and Ottilie Brand, 35, a schoolteacher" (not a list of
# places: "in Arlen and Bresk, 120, ...").
_AND_NAME_BEFORE = re.compile(r"\band\s+(?:(?:his|her|their)\s+[a-z]+\s+)?[A-ZÀ-Þ][^\W\d_]+\s+[A-ZÀ-Þ][^\W\d_]+,\s$")
_JOB_AFTER = re.compile(r",\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}(?:[a-z]+(?:er|or|ist|ian|ant|ent|man|woman)|teacher|nurse|pensioner)\b")
_APPOSITION_AFTER = re.compile(
    r",\s+(?:said|says|told|tells|added|is|was|who|whose|from|of|has|had|a|an|the|[a-z]+ed)\b"
    r"|\.(?:\s|$|[\"”])|\s*\)"
)
# "Brask, 41, takes office", "Danz, twenty-four, lost fifty seconds": a number set off by
# commas after a name, then a lowercase word that is not a list or measure word, is an age.
_APPOSITION_VERB_AFTER = re.compile(
    r",\s+(?!(?:and|or|but|nor|then|while|with|per|of|to|in|on|at|for|from|by|up|down|respectively|"
    r"percent|cent|points?|seats?|votes?|times?|more|less|fewer|each|apiece|including)\b)[a-z]{2,}\b")
# "aged 30", "the share aged under 15": an age or an age bracket's bound.
_AGED_BEFORE = re.compile(r"(?i)\b(?:aged|at\s+the\s+age\s+of)\s+(?:(?:under|over|below|above)\s+)?$")
# "when she was twenty-nine", "Morandell was 29 when she painted it": an age at a past event.
_WAS_BEFORE = re.compile(r"(?:\b(?:[Hh]e|[Ss]he|I|who)|(?<![\w’'-])[A-ZÀ-Þ][^\W\d_]+,?)\s+was\s+(?:only\s+|just\s+|barely\s+)?$")
# "my hero since I was nine", "since she was fourteen": an age at the start of a span.
_SINCE_WAS_BEFORE = re.compile(r"(?i)\bsince\s+(?:he|she|I|they|we|you)\s+(?:was|were)\s+(?:only\s+|just\s+)?$")
_AGED_RANGE_BEFORE = re.compile(r"(?i)\b(?:aged|ages?)\s+(?:between\s+)?$")
# "who turned 24 in March", "she turns 40 next week"; "who at 91 was the oldest"
_TURNED_BEFORE = re.compile(r"(?i)\b(?:turned|turns|turning|(?:I|you|we|they|who|will|would|to)\s+turn)\s+$")
_WHO_AT_BEFORE = re.compile(r"(?i)\bwho\s+(?:at|aged)\s+$")
# "Jonah Fesk, 29, and Emil Braddow, 33,": people named with their ages, one after another.
_NAME_AGE_ITEM_AFTER = re.compile(r",\s+(?:and\s+)?(?:[A-ZÀ-Þ][^\W\d_]+\s+)+[A-ZÀ-Þ][^\W\d_]+,\s+\d{1,2}\b")
_NAME_AGE_ITEM_BEFORE = re.compile(r"[A-ZÀ-Þ][^\W\d_]+,\s+\d{1,2},\s+(?:and\s+)?(?:[A-ZÀ-Þ][^\W\d_]+\s+)+[A-ZÀ-Þ][^\W\d_]+,\s$")
# "aged nineteen and twenty-four", "aged 19, 21 and 24": every age of the list.
_AGED_LIST_BEFORE = re.compile(
    r"(?i)\baged\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)(?:,\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?))*(?:,?\s+(?:and|or)|,)\s+$")
# ("people over 100" may be a count, so only children's brackets are read as ages.)
_AGE_BRACKET = re.compile(r"(?i)\b(?:children|kids|babies|infants|toddlers|boys|girls)\s+(?:under|over|aged|below|above)\s+$")


def is_bare_count(text: str, floor: int, limit: int, q: RawQuantity) -> bool:
    """Whether a number with no noun, scale or qualifier of its own still counts something."""
    token = text[q.start:q.end]
    if q.is_word or q.is_range or _YEAR_LIKE.fullmatch(token) or not re.fullmatch(r"[\d,]+(?:\.\d+)?", token):
        return False
    before = text[max(floor, q.start - 60):q.start]
    if "." in token:
        return bool(_BASE_BEFORE.search(before))  # "improved to 31.4 moves per hour from 28.9"
    # "- **4** recovered": emphasis closing round the number is not a word after it
    after = text[q.end:min(limit, q.end + 40)].lstrip("*_")
    if _MONTH_AFTER.match(after):
        return False  # "versus 19 July": the day of a date, whether or not it is a date claim
    if _BASE_BEFORE.search(before):
        return True
    share = _TOTAL_BEFORE.search(text, max(floor, q.start - 60), q.start)
    if share:
        # "14 of 52" is a share; "Section 3 of 12", "page 4 of 10" number parts of a whole.
        return not _named(text, floor, share.start())
    listed = _LISTED_AFTER_NUMBER.search(before)
    if _named(text, floor, q.start) or (listed and not _YEAR_LIKE.fullmatch(listed.group("n"))):
        return False
    clock = _CLOCK_NEAR.search(before[-30:] + text[q.end:min(limit, q.end + 30)])  # "open from 9 to 5 daily"
    if _FROM_A_TO_BEFORE.search(before) and not clock:
        return True
    to_b = _TO_B_AFTER.match(text[q.end:min(limit, q.end + 40)]) if _FROM_BEFORE.search(before) and not clock else None
    if to_b and not _YEAR_LIKE.fullmatch(to_b.group("b")) and not _MONTH_AFTER.match(to_b.group("rest")):
        return True
    if _GROUPED.fullmatch(token) or _ELIDED_AFTER.match(after) or _RATE_AFTER.match(after):
        return True
    if _VOTE_AGAINST.match(after) and _VOTE_FOR_BEFORE.search(before):
        return True  # "41 in favour and 27 against": the votes on the other side
    return bool(_PARALLEL_BEFORE.search(before)) and any(
        not _YEAR_LIKE.fullmatch(m.group("n")) for m in _COUNTED_EARLIER.finditer(text, _reach(text, floor, q.start), q.start))


def names_the_number(text: str, floor: int, start: int) -> bool:
    """Does the word before a number make it part of a name or a code ("Voyager 2", "Route 66")?"""
    return _named(text, floor, start)


def in_numbered_list(text: str, floor: int, q: RawQuantity) -> bool:
    """Does the number follow a numbered thing in a list ("Rooms 12 and 14", "gates 3 or 4")?"""
    listed = _LISTED_AFTER_NUMBER.search(text[max(floor, q.start - 60):q.start])
    if listed is None:
        return False
    start = q.start - len(listed.group())
    return _named(text, floor, start)


def elided_noun(text: str, floor: int, q: RawQuantity) -> str | None:
    """The noun a bare count borrows from a count before it in the sentence: "120 barns ...
    damaged 45 more" counts barns.  In a share ("12 wins in 30 games ... 8 in 20") each
    side borrows from the same side of the earlier share."""
    earlier = [m for m in _COUNTED_EARLIER.finditer(text, _reach(text, floor, q.start), q.start)
               if not _YEAR_LIKE.fullmatch(m.group("n"))]
    if _SHARE_AFTER.match(text, q.end):
        earlier = [m for m in earlier if m.group("total")] or earlier
    elif _TOTAL_BEFORE.search(text, max(floor, q.start - 20), q.start):
        earlier = [m for m in earlier if m.group("share")] or earlier
    return ctx.stem(earlier[-1].group("noun")) if earlier else None


def _reach(text: str, floor: int, start: int) -> int:
    """Where to look back from for the counted noun: the sentence, but no more than
    _REACH characters, at a word boundary (keeps endless one-line input linear)."""
    if start - floor <= _REACH:
        return floor
    space = text.find(" ", start - _REACH, start)
    return space + 1 if space >= 0 else start - _REACH


def _named(text: str, floor: int, start: int) -> bool:
    m = _WORD_BEFORE.search(text, max(floor, start - 30), start)
    if not m:
        return False
    word = m.group("word")
    if _GROUPED.fullmatch(text, start, _number_end(text, start)) and (
            _POSSESSIVE.search(word) or _all_capitals(text, floor, start)):
        # "Sallow's 89,160", "PARK TO 52,000" in a headline: a magnitude, not a name's number
        return False
    if re.search(r"[A-Za-z]\d", word):
        return True  # a code
    if word.endswith((",", ";", ":")):
        return False  # "By Tuesday, 12 had died": the comma ends what came before
    if word in _NUMBERING_NOUNS:
        return True
    # A capital names the number ("ISO 9001", "iPhone 15", "Apollo 11" opening a sentence)
    # unless it is a function word that opens the sentence ("And 14 were hurt").
    opens = not text[floor:m.start()].strip(" \t\n*#-_>|\"“(")
    return any(ch.isupper() for ch in word) and not (opens and word.lower() in ctx.STOPWORDS)


_POSSESSIVE = re.compile(r"[’']s?$")
_NUMBER_AT = re.compile(r"\d+(?:,\d+)*")


def _number_end(text: str, start: int) -> int:
    m = _NUMBER_AT.match(text, start)
    return m.end() if m else start


def _all_capitals(text: str, floor: int, start: int) -> bool:
    """Whether the sentence so far is a headline in capitals, where a capital names nothing."""
    letters = [ch for ch in text[floor:start] if ch.isalpha()]
    return len(letters) >= 8 and sum(ch.isupper() for ch in letters) >= 0.9 * len(letters)


# "a girl of about ten asked", "a man of 70": a person's age after "of" (nothing counted after).
_PERSON_OF_BEFORE = re.compile(
    r"(?i)\b(?:girl|boy|child|kid|baby|toddler|teenager|youngster|son|daughter|man|woman|patient|victim|"
    r"grandmother|grandfather|widow|widower|pensioner|lady|gentleman|mother|father|wife|husband)\s+of\s+(?:(?:about|around|roughly|some|nearly|almost|just|only|perhaps|maybe)\s+)?$")
# "68% of patients were over 75", "about two-thirds of them were over 75": a share of people
# above or below a bound is an age bracket (a share of things "were over 75" would carry a unit).
_SHARE_BRACKET_BEFORE = re.compile(
    r"(?i)(?:%|\bper\s?cent|\bpercent|\b(?:half|thirds?|quarters?|fifths?|most|majority|many|all|none)\b"
    r"|\bin\s+(?:\d{1,3}|[a-z]+)\b)"
    r"\s+(?:of\s+)?(?:the\s+)?(?:them|those|these|patients|victims|people|residents|dead|deaths|casualties|cases|"
    r"admissions|voters|respondents|workers|staff|employees|women|men|passengers)\s+"
    r"(?:were|are|was|is)\s+(?:aged\s+)?(?:over|under|above|below|older\s+than|younger\s+than)\s+$")
# After an age nothing is counted: the phrase ends or a verb follows.
_NOTHING_COUNTED_AFTER = re.compile(
    r"(?i)\s*(?:[.,;:!?)\"”]|$|\s+(?:and|or|but|who|when|while|with|was|is|were|are|had|has|have|than|now|[a-z]+ed"
    r"|fell|rose|grew|made|make|took|saw|will|would|can|could|may|might|must|do|did)\b)")
# "I'm thirty-four,", "He is 39.": a person's age now, after a personal pronoun and a present
# form of "be", with nothing counted after it.  (An age at a past event is read only with its
# "when": _WAS_BEFORE.)
_OLDEST_APPOSITION_BEFORE = re.compile(r"(?i)\b(?:youngest|oldest)(?:\s+[a-z]+){0,3}?,\s+(?:[\w-]+,?\s+){1,4}(?:was|is)\s+$")
# An age the sentence names before the number, in its clause: "raise the retirement age to 65
# from 63", "the pension age rises ... until it reaches 65", "raise the age to 64".
_AGE_NOUN_BEFORE = re.compile(
    r"(?i)\b(?:(?:retirement|pension|pensionable|voting|school-leaving|drinking|driving|legal|minimum|state\s+pension)\s+age"
    r"|the\s+age)\b[^.;:()]{0,70}?\b(?:to|from|at|of|reaches|reach|reached|is|was|be|stays?|remains?)\s+"
    r"(?:(?:about|around|nearly|almost)\s+)?$")
_AVERAGE_AGE_BEFORE = re.compile(
    r"(?i)\b(?:average|median|mean)\s+age(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?(?=(?:is|was|stood|rose|fell)\b))?\s*(?:\*\*|__)?\s*"
    r"(?:(?:of|is|was|at|stood\s+at|rose\s+to|fell\s+to)\s+)?(?:(?:just\s+)?(?:under|over)\s+|about\s+|around\s+|nearly\s+|almost\s+)?$")
# A sentence about when people retire or draw a pension: "may retire on a full pension at 61",
# "must now wait until 64 for a full pension".
_RETIREMENT_TALK = re.compile(r"(?i)\b(?:retire[sd]?|retiring|retirement|pensions?|pensionable)\b")
# ... where a bare number after these words is an age: "at 61", "until 64", "to 63 from 59",
# "reaching 63", "before 63", "short of 63", "turn 48".
_AGE_POINT_BEFORE = re.compile(r"(?i)\b(?:at|until|till|to|from|reaching|reach|reaches|turn|turns|before|short\s+of)"
                               r"\s+(?:only\s+|just\s+)?(?:\d\d\s+(?:or|and)\s+)?$")
_AGE_POINT_AFTER = re.compile(r"(?i)\s+(?:as|for|from|on|in|after|at|if|to|before|instead)\b")
# (Not a tally that moved: "payments rose to 57 from 49".)
_TALLY_MOVED = re.compile(r"(?i)\b(?:rose|risen|fell|fallen|grew|grown|climbed|jumped|dropped|declined|increased|decreased)\b")
_RETIRE_AT_BEFORE = re.compile(r"(?i)\b(?:retire[sd]?|retiring|leave|leaving|stop\s+working)\s+(?:work\s+)?at\s+$")
# A sentence that opens on "At 34," and goes on with a person and a verb: that person's age.
_AT_OPENING_BEFORE = re.compile(r"(?:^|[.!?\"“”]\s+|\n\s*)At\s+$")
# "... and at 31 has years ahead of him", "but at 67 she is": the same age inside a sentence,
# where the subject came before (a verb or a pronoun follows the number).
_AND_AT_BEFORE = re.compile(r"(?:,|\band|\bbut)\s+at\s+$")
_AGE_VERB_AFTER = re.compile(r",?\s+(?:he|she|has|is|was|had|remains|remained|became|still)\b")
# "The couple, both 38, were", "his parents, both in their ...": the one age of two people.
_BOTH_BEFORE = re.compile(r"(?i),\s+both\s+(?:aged\s+)?$")
# "her daughter, then about 12, reaching up": a person's age at the time told.
_THEN_AGE_BEFORE = re.compile(r"(?i)\b(?P<noun>[a-z]+),\s+then\s+(?:aged\s+)?(?:about\s+|around\s+|only\s+|just\s+)?$")
# "Osk, 29, would be 33 by then": the age to come of a person whose age the sentence gave.
_NAME_WILL_BE_BEFORE = re.compile(r"(?<![\w’'-])[A-ZÀ-Þ][^\W\d_]+,\s+\d{1,3},\s+(?:will|would)\s+be\s+$")
# "380 were over 70", "those counted on the night were over seventy": a group of people above or
# below an age (a count, or a word for people, is the subject).
_GROUP_OVER_BEFORE = re.compile(
    r"(?i)(?:\d\s+|\b(?:those|them|people|women|men|residents|patients|victims|voters|workers)\b(?:\s+[a-z]+){0,4}?\s+)"
    r"(?:were|are)\s+(?:aged\s+)?(?:over|under)\s+$")
_PERSON_IS_AFTER = re.compile(r",\s+(?:he|she|I|we|they|[A-ZÀ-Þ][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'-]+)?)\s+"
                              r"(?:is|was|became|becomes|has|had|will|would|remains|remained|still|won|wins|took|takes)\b")
_WILL_BE_BEFORE = re.compile(r"(?:[’']ll|\bwill)\s+be\s+$")
_LATER_TIME_AFTER = re.compile(r"(?i)\s+(?:next|by|in|this|on|when|before|after)\b")
_COUNTED_PLURAL_AFTER = re.compile(r"\s+(?!(?:years|was|is|has|does|as|this|its|his|plus|across)\b)[a-z]{2,}s\b")
_PLURAL_AFTER = re.compile(r"\s+(?!years\b)[a-z]+s\b")
_COPULA_AGE_BEFORE = re.compile(
    r"(?i)(?:\bI[’']m|\bI\s+am|\b(?:he|she|who)(?:[’']s|\s+is)|\byou[’']re|\byou\s+are"
    # "I'll be seventy-three next year", "he will be 40 in May"
    r"|\b(?:I|he|she|you|we|they)(?:[’']ll|\s+will)\s+be"
    # "She was fifty-eight, a shift supervisor"; "The youngest victim was eight."; "the
    # lock-keeper, who was 71, was found"
    r"|\b(?:he|she|I|who)\s+was|\b(?:the\s+)?(?:youngest|oldest)(?:\s+[a-z]+){0,3}?\s+(?:was|is)"
    r")"
    r"\s+(?:(?:only|just|now|nearly|almost|barely)\s+)?$")
# '"...," said Ms Veller, fifty-two.': a word number closing the sentence after the name of
# whoever is quoted is their age.
_SAID_NAME_BEFORE = re.compile(r"\b(?:said|says|added|adds|explained|recalled)\s+(?:[A-ZÀ-Þ][\w’'.-]*\s+){0,3}[A-ZÀ-Þ][\w’'-]*,\s$")
_SENTENCE_CLOSES_AFTER = re.compile(r"\.(?:\s|$|[\"”])|$")
# "one in five residents is 65 or older", "patients 80 and over": a bound of an age bracket.
_OR_OLDER_AFTER = re.compile(r"(?i)\s+(?:or|and)\s+(?:older|over|above)\b")
_PEOPLE_BE_BEFORE = re.compile(
    r"(?i)\b(?:people|adults|patients|residents|those|women|men|workers|voters|drivers|pensioners|population|"
    r"inhabitants|citizens|individuals)\s+(?:(?:is|are|were|was|aged)\s+)?$"
    r"|\bwho\s+(?:is|are|were|was)\s+(?:aged\s+)?$")
# "in volunteers over seventy-five,", "patients under 18 were": people above or below a bound
# (nothing counted after it) are an age bracket.
_PEOPLE_BRACKET_BEFORE = re.compile(
    r"(?i)\b(?:people|adults|patients|volunteers|participants|recipients|residents|those|anyone|everyone|women|men|"
    r"workers|voters|drivers|pensioners|individuals|subjects|persons)\s+(?:aged\s+)?"
    r"(?:over|under|above|below|older\s+than|younger\s+than)\s+$")
# "The retired nurse, now 71, caught ...", "Mrs Okafor, now 90, ...": a person's age now; a
# person is a name, a word for one, or an agent noun ("miner", "activist", "musician"), not a
# measure ("the number, now 71").
_NOW_AGE_BEFORE = re.compile(r"(?:(?<![\w’'-])(?P<name>[A-ZÀ-Þ][^\W\d_]+)|\b(?P<noun>[a-z]+)),\s+now\s+(?:aged\s+)?$")
_PERSON_WORDS = frozenset("""nurse man woman mother father widow widower grandmother grandfather pensioner veteran
    survivor resident patient victim son daughter wife husband girl boy child chief head""".split())
_AGENT_SUFFIX = re.compile(r"(?:er|or|ist|ian|ant|ent)$")
_NOT_PEOPLE = frozenset("""number counter meter indicator monitor reactor sector factor order total percent parameter
    barometer thermometer figure quarter center centre river border tower""".split())


def _person_before_now(before: str) -> bool:
    m = _NOW_AGE_BEFORE.search(before)
    if m is None:
        return False
    if m.group("name"):
        return True
    noun = m.group("noun")
    return noun in _PERSON_WORDS or (bool(_AGENT_SUFFIX.search(noun)) and noun not in _NOT_PEOPLE)


def is_age(text: str, floor: int, limit: int, q: RawQuantity) -> bool:
    """Whether a bare whole number is someone's age."""
    token = text[q.start:q.end]
    if q.is_range:
        # "four men aged between 24 and 41", "children aged 3-15": the ages of a group
        return (_AGED_RANGE_BEFORE.search(text, max(floor, q.start - 20), q.start) is not None
                and 0 <= q.low and q.high < 120)
    before = text[max(floor, q.start - 30):q.start]
    if (0 < q.value < 120 and _AVERAGE_AGE_BEFORE.search(text, max(floor, q.start - 70), q.start)
            and not _COUNTED_PLURAL_AFTER.match(text, q.end, limit)):  # not "the average age of 40 cars"
        return True  # "an average age of 68", "median age 36.9": a group's age, whole or not
    if not (q.is_word or token.isdigit()) or not 0 < q.value < 120 or q.value != int(q.value):
        return False
    if (_TURNED_BEFORE.search(before) or _WHO_AT_BEFORE.search(before)) and (
            _NOTHING_COUNTED_AFTER.match(text, q.end, limit) or _LATER_TIME_AFTER.match(text, q.end, limit)):
        return True  # "Renquist, who turned 24 in March", "Askerby, who at 91 was the oldest"
    if not q.is_word and _FULL_NAME_BEFORE.search(before) and (
            _NAME_AGE_ITEM_AFTER.match(text, q.end, limit)
            or _NAME_AGE_ITEM_BEFORE.search(text, max(floor, q.start - 80), q.start)
            or re.match(r",\s+who\b", text[q.end:limit])):
        return True  # "Jonah Fesk, 29, and Emil Braddow, 33, were caught": a list of people's ages
    if _AGED_BEFORE.search(before) or _AGE_BRACKET.search(before):
        return True
    if _AGED_LIST_BEFORE.search(text, max(floor, q.start - 60), q.start) and _NOTHING_COUNTED_AFTER.match(text, q.end, limit):
        return True  # "aged 31, 44 and 27": every age of the list (not "aged 65, 12 of them")
    if (_PERSON_OF_BEFORE.search(before) or _SHARE_BRACKET_BEFORE.search(text, max(floor, q.start - 80), q.start)
            or _PEOPLE_BRACKET_BEFORE.search(before)) and _NOTHING_COUNTED_AFTER.match(text, q.end, limit):
        return True
    if _COPULA_AGE_BEFORE.search(before) and (_NOTHING_COUNTED_AFTER.match(text, q.end, limit) or (
            _WILL_BE_BEFORE.search(before) and _LATER_TIME_AFTER.match(text, q.end, limit))):
        return True
    if _OLDEST_APPOSITION_BEFORE.search(text, max(floor, q.start - 80), q.start) \
            and _NOTHING_COUNTED_AFTER.match(text, q.end, limit):
        return True  # "The oldest, a retired schoolteacher, was eighty-one."
    if _PERSON_OF_BEFORE.search(before) and not _PLURAL_AFTER.match(text, q.end, limit):
        return True  # "A lady of seventy-two gave her jacket"
    if _WAS_BEFORE.search(before) and (
            re.match(r"(?i)\s+when\b", text[q.end:limit])
            or (re.search(r"(?i)\bwhen\s+(?:[a-z]+\s+){0,3}$", text[max(floor, q.start - 60):q.start])
                and _NOTHING_COUNTED_AFTER.match(text, q.end, limit))):
        return True  # "Morandell was 29 when she painted it", "when she was twenty-nine,"
    if _OR_OLDER_AFTER.match(text, q.end, limit) and _PEOPLE_BE_BEFORE.search(before):
        return True
    if q.is_word and _SAID_NAME_BEFORE.search(text, max(floor, q.start - 60), q.start) \
            and (_SENTENCE_CLOSES_AFTER.match(text, q.end, limit) or _APPOSITION_AFTER.match(text, q.end, limit)):
        return True  # "said Lena Voskuijl, thirty-four, a nurse"
    if _SINCE_WAS_BEFORE.search(before) and _NOTHING_COUNTED_AFTER.match(text, q.end, limit):
        return True
    if _AT_OPENING_BEFORE.search(text, max(0, q.start - 6), q.start) and _PERSON_IS_AFTER.match(text, q.end, limit):
        return True  # "At thirty-four, he is the oldest player ever named"
    if _AND_AT_BEFORE.search(before) and _AGE_VERB_AFTER.match(text, q.end, limit):
        return True
    if (_BOTH_BEFORE.search(before) or _GROUP_OVER_BEFORE.search(text, max(floor, q.start - 60), q.start)) \
            and q.value >= 5 and _NOTHING_COUNTED_AFTER.match(text, q.end, limit):
        return True
    if (then := _THEN_AGE_BEFORE.search(before)) and then.group("noun") in _PERSON_WORDS \
            and _NOTHING_COUNTED_AFTER.match(text, q.end, limit):
        return True
    if _NAME_WILL_BE_BEFORE.search(before) and _LATER_TIME_AFTER.match(text, q.end, limit):
        return True
    if (40 <= q.value <= 75 and _AGE_POINT_BEFORE.search(before) and _RETIREMENT_TALK.search(text, floor, limit)
            and (_NOTHING_COUNTED_AFTER.match(text, q.end, limit) or _AGE_POINT_AFTER.match(text, q.end, limit))
            and not _TALLY_MOVED.search(text, floor, q.start)
            and not re.search(r"\d\s+[a-z]+\s+to\s+$", before)):  # not "passed by 311 votes to 47"
        return True  # "may retire on a full pension at 61", "wait until 64 for a full pension"
    if (_AGE_NOUN_BEFORE.search(text, max(floor, q.start - 90), q.start) or _RETIRE_AT_BEFORE.search(before)) \
            and not _PLURAL_AFTER.match(text, q.end, limit):
        return True  # "raise the retirement age to 65 from 63", "will retire at 62": an age
    if _person_before_now(before) and re.match(r"\s*,|\s+and\b", text[q.end:q.end + 5]):
        return True
    if not q.is_word and _AND_NAME_BEFORE.search(before) and _JOB_AFTER.match(text, q.end, limit):
        return True
    if (not q.is_word and q.value < 100 and _FULL_NAME_BEFORE.search(before)
            and not _FULL_PLACE_BEFORE.search(before)
            and (_APPOSITION_AFTER.match(text, q.end, limit) or _FULL_NAME_AGE_AFTER.match(text, q.end, limit))):
        return True  # "For Alma Reeve, 66, a retired baker", "Tom Ash, 41, in 3:27:51": a person's age
    if not _APPOSITION_BEFORE.search(before) or _PLACE_BEFORE.search(before):
        return False
    if (not q.is_word or q.value >= _WORD_AGE_FLOOR) and _APPOSITION_AFTER.match(text, q.end, limit) \
            and _FULL_NAME_BEFORE.search(before):
        return True  # "Ida Prestwood, seventy-one.": a grown-up's age after a full name
    if not q.is_word and _APPOSITION_AFTER.match(text, q.end, limit):
        return True
    # A word number or a number followed by a verb needs the comma closing it: "Ferrand,
    # twenty-two, had waited", "Brask, 41, takes office".
    return bool(_APPOSITION_VERB_AFTER.match(text, q.end, limit)) and (
        not q.is_word or bool(_APPOSITION_AFTER.match(text, q.end, limit)) or q.value >= 10)


def as_age(q: RawQuantity) -> RawQuantity:
    return RawQuantity(q.start, q.end, Kind.duration, "year", q.value, q.low, q.high, is_range=q.is_range,
                       is_word=q.is_word, digits=q.digits)


def score_claim(text: str, sentence: Sentence, q: RawQuantity, source: str, lines: LineIndex,
                attribution: str | None) -> ClaimRecord:
    """A match score ("a 3-1 win"): a count whose value is the score as written (the corpus
    README convention), with no interval, so reconcile never weighs it as a number."""
    line, column = lines.position(q.start)
    span = text[q.start:q.end]
    claim = Claim(
        id=stable_id(source, q.start, span), source=source, line=line, column=column, start=q.start, end=q.end,
        text=span, sentence=sentence.text, sentence_start=sentence.start, kind=Kind.count, value=q.score or span,
        low=None, high=None, unit=None, attribution=attribution,
    )
    return ClaimRecord(claim)
