"""Whether the names next to two numbers can be one party, firm, person or place.

"Civic Renewal" and "Civic Renewal Party" are one party, "CRP" its initials; "National Union"
and "National Assembly" are two names that share a word many names use.
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz


@lru_cache(maxsize=200_000)
def word_matches(a: str, b: str) -> bool:
    """Spelling variants meet: 'defence'/'defense', 'modernisation'/'modernization'."""
    return a == b or (len(a) >= 5 and len(b) >= 5 and a[0] == b[0] and fuzz.ratio(a, b) >= 85)


def names_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two claims' names can be one party, firm or person: "civic renewal" and "civic
    renewal party", "kestran" and "kestrani", "crp" and "civic renewal party"."""
    if not any(one_name(x, y) for x in a for y in b):
        return False
    # Each naming a party of its own ("National League" and "National Front", both next to
    # the country's name): different owners.
    a_only = [x for x in a if " " in x and not any(one_name(x, y) for y in b)]
    b_only = [y for y in b if " " in y and not any(one_name(x, y) for x in a)]
    return not (a_only and b_only)


def share_a_full_name(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both name the same thing in two or more words ("Sundvik Strait" / "Sundvik Strait Bridge")."""
    return any(" " in x and " " in y and (_name_within(x, y) or _name_within(y, x)) for x in a for y in b)


def one_name(x: str, y: str) -> bool:
    return _name_within(x, y) or _name_within(y, x) or _abbreviates(x, y) or _abbreviates(y, x)


def _name_within(short: str, long: str) -> bool:
    """Every word of one name matches a word of the other, or they share a word that is not
    one many names use ("president dalia" and "dalia renskaya"; not "national union" and
    "national assembly")."""
    words = long.split()
    own = short.split()
    if all(any(_nameword_matches(w, v) for v in words) for w in own):
        return True
    return any(w not in SHARED_NAME_WORDS and _nameword_matches(w, v) for w in own for v in words)


def _nameword_matches(a: str, b: str) -> bool:
    return word_matches(a, b) or (len(a) >= 4 and b.startswith(a))


# Words that many different names contain: sharing one says nothing.
SHARED_NAME_WORDS = frozenset(
    """national international united union party assembly parliament congress senate council commission
    ministry minister president prime chief general state states federal republic kingdom democratic people
    peoples popular front movement alliance league association federation corporation corp company group
    holdings inc ltd plc bank fund authority agency service institute university college club city county
    province region district north south east west northern southern eastern western new great saint st
    royal central world global new port lake river mount disaster emergency management meteorological weather
    health police fire rescue relief civil protection safety transport office department bureau board
    progress reform freedom liberal labour labor conservative socialist green justice unity solidarity
    democrat democrats republican independent
    head cape bay point island islands isle sound strait channel gulf coast valley hill hills ridge peak
    forest road street line bridge tunnel station airport harbour harbor stadium arena market square hall
    tower castle gate swimming race transit wire note notes press pharma telecom""".split()
)


def _abbreviates(short: str, name: str) -> bool:
    """'crp' for Civic Renewal Party, 'who' for World Health Organization: the initials of a
    name of two or more words.

    >>> _abbreviates("crp", "civic renewal party")
    True
    >>> _abbreviates("crp", "national union")
    False
    """
    words = name.split()
    return len(words) >= 2 and " " not in short and short == "".join(w[0] for w in words)
