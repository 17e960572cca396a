"""Keep a claim store's links and conflicts up to date, touching only what changed.

A scan that adds one article to a stored archive must not reload the archive.  The store
keeps, besides the links found so far:

- for every scored claim, the hash of its sentence (boilerplate is a sentence found in five
  or more articles: only the new claims' sentences need counting) and what it added to the
  word statistics (``word_df``, ``name_df``), so that the word weights of the whole corpus are
  read, not recomputed, and a removed claim can take its share back;
- its candidate keys (``cluster.block_key`` + ``cluster.candidate_keys``), so that the claims a
  new claim can be compared with are found through an index: those sharing a key with it.

A re-scan then scores the new claims against their candidates only (with the same
``find_links``, on that subset, so every posting it looks at is complete and MAX_POSTING
means what it means in a full run), unites all stored links to find the groups, and decides
again only the groups that gained or lost a claim or a link; the other stored conflicts stay.
When many claims changed (more than INCREMENTAL_SHARE), or when the key or statistics rules
changed (a different ``_scoring_signature``), every claim is loaded, as light views without
pydantic validation; full ``Claim`` objects are only built for the groups that may conflict.

Incremental and full runs give the same conflicts (the ids, claims and pairs; when two pairs
disagree by the same amount, which one the reason quotes may differ, as it may between any
two runs).
"""

from __future__ import annotations

import hashlib
import inspect
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from enum import Enum
from typing import TYPE_CHECKING, Any, cast

from claimcheck.models import Claim, ClaimRecord, Conflict, join_names, split_names
from claimcheck.reconcile.cluster import (
    BOILERPLATE_MIN_SOURCES,
    MAX_KEY_WORDS,
    MAX_POSTING,
    MAX_TOPIC_KEYS,
    Keys,
    Link,
    Story,
    WordWeights,
    _counted_values,
    block_key,
    boilerplate,
    candidate_keys,
    connected_groups,
    different_stories,
    find_links,
    keys_of,
    misprint_keys,
)
from claimcheck.reconcile.conflicts import Reconciliation, reconcile, values_disagree

if TYPE_CHECKING:
    from claimcheck.store import ClaimStore

INCREMENTAL_SHARE = 0.1  # more claims changed than this share of the store: reload everything
DECIDE_BATCH = 400  # groups decided per batch of full claims loaded
_SCORING_VERSION = "8"  # bump when what the store keeps for scoring changes meaning

Row = tuple[str, str, str, str, str | None, str | None]


class ClaimView:
    """A stored claim's fields, read without pydantic validation: clustering reads every
    claim of the store, conflicts only need real ``Claim`` objects for a few."""

    __slots__ = tuple(Claim.model_fields)

    def __init__(self, data: dict[str, Any]) -> None:
        for name in self.__slots__:
            setattr(self, name, data.get(name))


_ENUM_FIELDS = {name: field.annotation for name, field in Claim.model_fields.items()
                if isinstance(field.annotation, type) and issubclass(field.annotation, Enum)}


def _records(rows: Iterable[Row], *, full: bool) -> list[ClaimRecord]:
    """ClaimRecords from stored rows: with ``full``, validated Claims; otherwise ClaimViews
    (sentences and words shared between the claims that repeat them, to save memory)."""
    import json

    shared: dict[str, str] = {}
    out: list[ClaimRecord] = []
    intern = sys.intern
    for body, local, scope, names, low, high in rows:
        if full:
            claim: Any = Claim.model_validate_json(body)
        else:
            data = json.loads(body)
            for name, enum in _ENUM_FIELDS.items():
                data[name] = enum(data[name])  # type: ignore[operator]
            data["sentence"] = shared.setdefault(data["sentence"], data["sentence"])
            data["source"] = shared.setdefault(data["source"], data["source"])
            claim = ClaimView(data)
        out.append(ClaimRecord(cast(Claim, claim), [intern(w) for w in local.split()],
                               [intern(w) for w in scope.split()], [intern(n) for n in split_names(names)], low, high))
    return out


def _scoring_signature() -> str:
    """What the stored keys and statistics were computed with: when it changes, they are rebuilt."""
    parts = [_SCORING_VERSION, str(MAX_KEY_WORDS), str(MAX_TOPIC_KEYS), str(BOILERPLATE_MIN_SOURCES)]
    for function in (block_key, candidate_keys, misprint_keys, WordWeights.sentence_words, WordWeights.source_names):
        try:
            parts.append(inspect.getsource(function))
        except OSError:  # no source (frozen build): the version alone
            parts.append(function.__qualname__)
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:16]


def sentence_hash(claim: Claim) -> str:
    """The sentence as ``cluster.boilerplate`` compares it (whitespace-normalised), hashed."""
    return hashlib.sha1(" ".join(claim.sentence.split()).encode()).hexdigest()[:16]


def _store_key(block: tuple[str, ...], key: tuple[str, str]) -> int:
    """A block and candidate key as the store indexes it: a 64-bit hash."""
    text = "\x1f".join(block) + "\x1e" + key[0] + "\x1e" + key[1]
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little", signed=True)


def _keys(record: ClaimRecord, keyed: Keys | None = None) -> set[int]:
    block, keys = keyed if keyed is not None else keys_of(record)
    return set() if block is None else {_store_key(block, key) for key in keys}


def _scored_rows(records: Sequence[ClaimRecord], keyed: Sequence[Keys] | None = None,
                 ) -> tuple[list[tuple[str, str, str, str | None, str]], list[tuple[int, str]]]:
    """What the store keeps of newly scored claims (in (path, start) order): the scored rows
    (id, path, sentence hash, counted words, names) and the candidate keys (key, id)."""
    rows: list[tuple[str, str, str, str | None, str]] = []
    keys: list[tuple[int, str]] = []
    sentences: set[tuple[str, int]] = set()
    for index, record in enumerate(records):
        claim = record.claim
        first = (claim.source, claim.sentence_start) not in sentences
        sentences.add((claim.source, claim.sentence_start))
        words = " ".join(sorted(WordWeights.sentence_words(record))) if first else None
        rows.append((claim.id, claim.source, sentence_hash(claim), words,
                     join_names(sorted(WordWeights.source_names(record)))))
        keys += [(key, claim.id) for key in _keys(record, keyed[index] if keyed is not None else None)]
    return rows, keys


def _count_delta(added: Iterable[tuple[str, str, str, str | None, str]],
                 removed: Iterable[tuple[str, str, str, str | None, str]]) -> tuple[Counter[str], Counter[str], int, int]:
    """How the word and name counts change when claims are added and removed (whole articles)."""
    words: Counter[str] = Counter()
    names: Counter[str] = Counter()
    sentences = sources = 0
    for rows, sign in ((added, 1), (removed, -1)):
        by_path: dict[str, set[str]] = {}
        for _claim_id, path, _sentence, counted, claim_names in rows:
            by_path.setdefault(path, set()).update(split_names(claim_names))
            if counted is not None:
                sentences += sign
                for word in counted.split():
                    words[word] += sign
        sources += sign * len(by_path)
        for article_names in by_path.values():
            for name in article_names:
                names[name] += sign
    return words, names, sentences, sources


def update_conflicts(store: ClaimStore, *, full: bool = False) -> None:
    """Bring the store's links and conflicts up to date (see the module docstring); with
    ``full``, every pair is scored again."""
    signature = _scoring_signature()
    if full or store.get_meta("scoring") != signature:
        store.clear_scoring()
        store.set_meta("scoring", signature)
        full = True
    retired = store.take_retired()
    fresh_ids = store.unscored_claim_ids()
    if not full and not fresh_ids and not retired and store.get_meta("clusters") is not None:
        return
    retired_ids = {row[0] for row in retired}
    # A claim replaced by one with the same id is retired and fresh: its old links go first.
    neighbours = store.drop_links_of(retired_ids) - retired_ids if retired else set()
    if full or len(fresh_ids) + len(retired) > INCREMENTAL_SHARE * max(store.claim_count(), 1):
        _update_all(store, fresh_ids)
    else:
        _update_some(store, fresh_ids, retired, neighbours)


def reconcile_store(store: ClaimStore, *, full: bool = False) -> Reconciliation:
    """``update_conflicts``, then every stored conflict and the number of clusters."""
    update_conflicts(store, full=full)
    return Reconciliation(int(store.get_meta("clusters") or 0), store.conflicts())


def _update_all(store: ClaimStore, fresh_ids: set[str]) -> None:
    """Load every claim (light views), count the word statistics and boilerplate again, score
    the fresh claims' pairs, decide every group that may conflict."""
    records = _records(store.claim_rows(), full=False)
    ids = [record.claim.id for record in records]
    fresh = {i for i, claim_id in enumerate(ids) if claim_id in fresh_ids}
    store.forget_retired_keys()
    weights = WordWeights(records)
    store.replace_word_counts(dict(weights.df), dict(weights.name_df), weights.sentence_count, weights.source_count)
    furniture = boilerplate(records)
    keyed = [keys_of(record) for record in records]
    new_links = find_links(records, weights, only=fresh, skip=furniture, keyed=keyed) if fresh else []
    rows, keys = _scored_rows([records[i] for i in sorted(fresh)], [keyed[i] for i in sorted(fresh)])
    del keyed
    store.add_scored(rows, keys)
    store.add_links((ids[link.a], ids[link.b], link.score) for link in new_links)
    del new_links, weights
    furniture_ids = {ids[i] for i in furniture}
    view = {claim_id: records[i].claim for i, claim_id in enumerate(ids)}
    del records
    links = store.link_rows()
    groups = _groups(links, furniture_ids)
    maybe = [group for group in groups if any(
        values_disagree(view[a], view[b]) for a, b, _ in group.links)]
    del view
    conflicts = _decide(store, maybe, furniture_ids)
    store.replace_conflicts(_sorted(conflicts), len(groups))


def _update_some(store: ClaimStore, fresh_ids: set[str], retired: list[tuple[str, str, str, str | None, str]],
                 neighbours: set[str]) -> None:
    """Score the fresh claims against the claims sharing a candidate key with them, then decide
    again the groups that gained or lost a claim or a link."""
    fresh_records = _records(store.claim_rows(ids=fresh_ids), full=False)
    rows, keys = _scored_rows(fresh_records)
    store.add_scored(rows, keys)
    words, names, sentences, sources = _count_delta(rows, retired)
    store.add_word_counts(dict(words), dict(names), sentences, sources)
    df, name_df, sentence_total, source_total = store.word_counts()
    weights = WordWeights.from_counts(Counter(df), sentence_total, Counter(name_df), source_total)

    # Boilerplate: the sentences of fresh and retired claims are the only ones whose number of
    # articles changed; claims of those sentences that became (or stopped being) boilerplate
    # gain or lose their links.
    fresh_paths: dict[str, set[str]] = {}
    for _claim_id, path, sentence, _words, _names in rows:
        fresh_paths.setdefault(sentence, set()).add(path)
    retired_paths: dict[str, set[str]] = {}
    for _claim_id, path, sentence, _words, _names in retired:
        retired_paths.setdefault(sentence, set()).add(path)
    changed = set(fresh_paths) | set(retired_paths)
    now = store.sentence_paths(changed)
    flipped = set()
    for sentence in changed:
        after = now.get(sentence, set())
        before = (after - fresh_paths.get(sentence, set())) | retired_paths.get(sentence, set())
        if (len(before) >= BOILERPLATE_MIN_SOURCES) != (len(after) >= BOILERPLATE_MIN_SOURCES):
            flipped.add(sentence)
    flipped_claims = store.claims_in_sentences(flipped) - fresh_ids if flipped else set()

    # Candidates: the claims sharing a key with a fresh claim that is not boilerplate, as
    # far as find_links may link them (see _candidates).
    furniture_sentences = {s for s, paths in now.items() if len(paths) >= BOILERPLATE_MIN_SOURCES}
    fresh_keys: dict[int, list[Story]] = {}
    for record, row in zip(fresh_records, rows):
        if row[2] not in furniture_sentences:
            story = Story.of(record, weights)
            for key in _keys(record):
                fresh_keys.setdefault(key, []).append(story)
    candidate_ids = _candidates(store, fresh_keys, weights) - fresh_ids
    candidates = _records(store.claim_rows(ids=candidate_ids), full=False) if candidate_ids else []
    subset = sorted(fresh_records + candidates, key=lambda r: (r.claim.source, r.claim.start))
    hashes = [sentence_hash(r.claim) for r in subset]
    paths = store.sentence_paths(set(hashes) - set(now)) | now
    furniture = {i for i, h in enumerate(hashes) if len(paths.get(h, ())) >= BOILERPLATE_MIN_SOURCES}
    only = {i for i, r in enumerate(subset) if r.claim.id in fresh_ids}
    new_links = find_links(subset, weights, only=only, skip=furniture, counted=_ArticleCounts(store)) if only else []
    store.add_links((subset[link.a].claim.id, subset[link.b].claim.id, link.score) for link in new_links)

    links = store.link_rows()
    furniture_ids = store.repeated_sentence_claims(BOILERPLATE_MIN_SOURCES)
    dirty = fresh_ids | neighbours | flipped_claims
    if flipped_claims:
        dirty |= {x for a, b, _ in links if a in flipped_claims or b in flipped_claims for x in (a, b)}
    groups = _groups(links, furniture_ids)
    again = [group for group in groups if not group.members.isdisjoint(dirty)]
    retired_ids = {row[0] for row in retired}
    drop = store.conflicts_with_claims(dirty | retired_ids | {c for g in again for c in g.members})
    store.update_conflicts(drop, _decide(store, again, furniture_ids), len(groups))


def _candidates(store: ClaimStore, fresh_keys: dict[int, list[Story]], weights: WordWeights) -> set[str]:
    """The stored claims find_links must see to score the fresh claims (``fresh_keys``: key ->
    the stories of the fresh claims that have it) as it would in a full run:

    - every claim of a posting the store holds more than MAX_POSTING claims for: find_links
      must count the posting (the store's count is an upper bound: it also counts boilerplate
      and keys a claim had before its article changed);
    - in the other postings, the claims whose story may be a fresh claim's of that posting:
      a pair from two different stories is vetoed whatever else it shares, and find_links only
      scores pairs with a fresh claim.  (The story is read from the names column: no need to
      load the tens of thousands of claims an outlet's name in every byline makes candidates.)
    """
    postings = store.claims_with_keys(fresh_keys)
    needed: set[str] = set()
    short: list[tuple[int, list[str]]] = []
    for key, members in postings.items():
        if len(members) > MAX_POSTING:
            needed.update(members)
        else:
            short.append((key, members))
    # A Story reads only the "^" names, the article's, which are stored last: claims of one
    # article share them, so each distinct tail is read once, and a pair of stories judged once.
    canonical: dict[Story, Story] = {}
    by_tail: dict[str, Story] = {}
    story_of: dict[str, Story] = {}
    for claim_id, joined in store.claim_names({c for _key, members in short for c in members} - needed).items():
        at = joined.find("\t^") if joined.startswith("\t") else 0  # (a store from before tabs: all of it)
        tail = joined[at:] if at >= 0 else ""
        story = by_tail.get(tail)
        if story is None:
            story = Story.of_names(split_names(tail), weights)
            story = by_tail[tail] = canonical.setdefault(story, story)
        story_of[claim_id] = story
    apart: dict[tuple[int, int], bool] = {}
    for key, members in short:
        fresh = list({id(story): story for story in (canonical.setdefault(s, s) for s in fresh_keys[key])}.values())
        for claim_id in members:
            story = story_of.get(claim_id)  # None: gone, or already needed
            if story is None or claim_id in needed:
                continue
            for other in fresh:
                pair = (id(other), id(story))
                verdict = apart.get(pair)
                if verdict is None:
                    verdict = apart[pair] = different_stories(other, story)
                if not verdict:
                    needed.add(claim_id)
                    break
    return needed


class _ArticleCounts(dict[tuple[str, str], set[float]]):
    """(article, counted noun) -> the values the article counts of it, as find_links counts
    them over every claim (``cluster._counted_values``), read from the store an article at a
    time when find_links asks: the candidates it is given are only part of their articles."""

    def __init__(self, store: ClaimStore) -> None:
        super().__init__()
        self._store = store
        self._read: set[str] = set()

    def __missing__(self, key: tuple[str, str]) -> set[float]:
        path = key[0]
        if path not in self._read:
            self._read.add(path)
            self.update(_counted_values(_records(self._store.claim_rows(paths=[path]), full=False)))
            if key in self:
                return self[key]
        found: set[float] = set()
        self[key] = found
        return found


class _Group:
    """Claims joined by links (union-find), with their links in the order they were found."""

    __slots__ = ("links", "members")

    def __init__(self) -> None:
        self.members: set[str] = set()
        self.links: list[tuple[str, str, float]] = []


def _groups(links: list[tuple[str, str, float]], skip: set[str]) -> list[_Group]:
    """The clusters: links between claims that are not boilerplate, united."""
    kept = [link for link in links if link[0] not in skip and link[1] not in skip]
    index: dict[str, int] = {}
    for a, b, _ in kept:
        index.setdefault(a, len(index))
        index.setdefault(b, len(index))
    ids = list(index)
    groups = []
    group_of: dict[str, _Group] = {}
    for members in connected_groups(len(ids), [Link(index[a], index[b], s) for a, b, s in kept]):
        group = _Group()
        group.members = {ids[i] for i in members}
        for claim_id in group.members:
            group_of[claim_id] = group
        groups.append(group)
    for link in kept:
        group_of[link[0]].links.append(link)
    return groups


def _decide(store: ClaimStore, groups: list[_Group], furniture_ids: set[str]) -> list[Conflict]:
    """The conflicts of these groups, with ``reconcile`` on full claims: the groups' members
    and every claim of their articles (a sentence that also states the other value)."""
    conflicts: list[Conflict] = []
    for start in range(0, len(groups), DECIDE_BATCH):
        batch = groups[start:start + DECIDE_BATCH]
        members = {c for group in batch for c in group.members}
        paths = store.paths_of(members)
        records = _records(store.claim_rows(paths=paths), full=True)
        index = {record.claim.id: i for i, record in enumerate(records)}
        links = [Link(index[a], index[b], score) for group in batch for a, b, score in group.links]
        furniture = {i for claim_id, i in index.items() if claim_id in furniture_ids}
        conflicts += reconcile(records, links, furniture).conflicts
    return conflicts


def _sorted(conflicts: list[Conflict]) -> list[Conflict]:
    return sorted(conflicts, key=lambda c: (c.kind.value, c.subject, c.id))
