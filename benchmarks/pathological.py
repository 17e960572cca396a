"""Extraction time on pathological single-line input: is it linear in the input size?

Builds single-line texts of 1, 2.5 and 5 MB (no newline anywhere) and times
``claimcheck.extract.extract_text`` on each, printing seconds and seconds per MB.  Two
shapes are measured:

- ``mixed``: a random mix of digits and punctuation with a few spaces ("1,2,3.4-5 6/7 ..."),
  many short numbers in one endless sentence;
- ``runs``: runs of hundreds of digits separated by single spaces, thousands of digits
  in a row with no full stop.

Linear means the seconds-per-MB column stays flat as the size grows.

    python benchmarks/pathological.py            # 1, 2.5 and 5 MB
    python benchmarks/pathological.py 0.5 1      # other sizes, in MB
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable

from claimcheck.extract import extract_text

MB = 1024 * 1024


def mixed(size: int, rng: random.Random) -> str:
    """Digits and punctuation at random, with a space now and then."""
    alphabet = "0123456789" * 3 + ",,..--//%$ "
    return "".join(rng.choices(alphabet, k=size))


def runs(size: int, rng: random.Random) -> str:
    """Runs of 200-990 digits separated by one space."""
    parts: list[str] = []
    total = 0
    while total < size:
        part = "".join(rng.choices("0123456789", k=rng.randint(200, 990)))
        parts.append(part)
        total += len(part) + 1
    return " ".join(parts)[:size]


SHAPES: dict[str, Callable[[int, random.Random], str]] = {"mixed": mixed, "runs": runs}


def main(argv: list[str]) -> int:
    sizes = [float(a) for a in argv] or [1.0, 2.5, 5.0]
    print(f"{'shape':<6} {'MB':>5} {'claims':>8} {'seconds':>8} {'s/MB':>6}")
    for name, make in SHAPES.items():
        for mb in sizes:
            text = make(int(mb * MB), random.Random(42))
            assert "\n" not in text
            started = time.perf_counter()
            claims = extract_text(text)
            elapsed = time.perf_counter() - started
            print(f"{name:<6} {mb:>5} {len(claims):>8} {elapsed:>8.2f} {elapsed / mb:>6.2f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
