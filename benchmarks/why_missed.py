"""Why claimcheck misses a planted conflict or reports a look-alike of the labelled corpus.

    python benchmarks/why_missed.py EVENT [SUBJECT-WORDS]

For each conflict and look-alike of ``fixtures/corpus/EVENT/conflicts.json`` whose subject holds
SUBJECT-WORDS, prints every mention's claim as extracted (kind, value, time, role, block, nearest
words, sentence) and, for each pair from two articles, what decides whether they are linked:
word similarity, the veto, the story check, time compatibility, plausibility and a misprint.
The reasons in ``tests/known_misses.py`` are read off this.  Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from claimcheck.extract import extract_corpus
from claimcheck.models import ClaimRecord
from claimcheck.reconcile.cluster import (
    Features,
    Story,
    WordWeights,
    _vetoed,
    block_key,
    candidate_keys,
    different_stories,
    feature_similarity,
    misprinted,
    plausible_pair,
    time_compatible,
)

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"


def mention_claim(texts: dict[str, str], records: list[ClaimRecord], mention: dict) -> ClaimRecord | None:
    """The extracted claim overlapping a labelled mention (its ``occurrence``-th match), if any."""
    at = -1
    for _ in range(int(mention.get("occurrence", 1) or 1)):
        at = texts[mention["article"]].find(mention["text"], at + 1)
    end = at + len(mention["text"])
    return next((r for r in records if r.claim.source == mention["article"] and r.claim.start < end and at < r.claim.end), None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("event")
    parser.add_argument("subject", nargs="?", default="")
    args = parser.parse_args()
    folder = CORPUS / args.event
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted([*folder.glob("*.txt"), *folder.glob("*.md")])}
    records = [r for found in extract_corpus(list(texts.items())) for r in found]
    weights = WordWeights(records)
    gold = json.loads((folder / "conflicts.json").read_text(encoding="utf-8"))
    for slot in ("conflicts", "non_conflicts"):
        for entry in gold[slot]:
            if args.subject.lower() not in entry["subject"].lower():
                continue
            print(f"== {slot}: {entry['subject']}")
            found = []
            for mention in entry["mentions"]:
                record = mention_claim(texts, records, mention)
                if record is None:
                    print(f"  {mention['article']}: {mention['text']!r} NOT EXTRACTED")
                    continue
                found.append(record)
                c = record.claim
                print(f"  {mention['article']}: {mention['text']!r} -> {c.kind.value} {c.value} {c.unit or ''} "
                      f"[{c.low}..{c.high}] time={c.time} target={c.time_target} role={c.role.value} noun={c.noun}")
                print(f"     block={block_key(record)} words={record.local[:8]}")
                print(f"     {c.sentence[:200]!r}")
            for i, a in enumerate(found):
                for b in found[i + 1:]:
                    if a.claim.source == b.claim.source:
                        continue
                    fa, fb = Features.of(a, weights), Features.of(b, weights)
                    shared = sorted(set(candidate_keys(a)) & set(candidate_keys(b)))
                    print(f"  {a.claim.text!r} ~ {b.claim.text!r}: similarity {feature_similarity(fa, fb):.2f}, "
                          f"vetoed {_vetoed(fa, fb)}, other story {different_stories(Story.of(a, weights), Story.of(b, weights))}, "
                          f"times compatible {time_compatible(a, b)}, plausible {plausible_pair(a, b)}, "
                          f"misprint {misprinted(a.claim, b.claim)}, shared keys {shared[:3]}")


if __name__ == "__main__":
    main()
