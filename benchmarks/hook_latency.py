"""How long the pre-commit hook takes on one new article against a scanned corpus.

Builds a corpus of N articles (default 1,000) in a temporary project, scans it once with
``claimcheck check`` (as the first hook run would), then times ``claimcheck check NEW`` as a
subprocess, the way pre-commit runs it:

* new:       a new article (a copy of a corpus article with its figures changed) is added;
             the store must read it and recompute conflicts.  Each round adds a fresh file and
             removes the previous one.
* unchanged: the same command when the store is already up to date (nothing to read).

The target is 1.5 s wall for "new" on 1,000 articles.  ``--profile`` adds an in-process
cProfile of one "new" run (top functions by cumulative time).

    python benchmarks/hook_latency.py [-n 1000] [--rounds 5] [--keep DIR] [--profile]

The corpus comes from ``benchmarks/corpus.py`` when it is there, otherwise from a small
generator below.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET_S = 1.5


def _simple_corpus(folder: Path, n: int, seed: int = 0) -> None:
    """A fallback corpus: events each told by a few outlets, with made-up names."""
    rng = random.Random(seed)
    works = ["bridge", "tunnel", "dam", "stadium", "terminal", "railway line", "hospital", "canal"]
    syll = ["ka", "lo", "ve", "ri", "su", "da", "mo", "ne", "tha", "gor", "bel", "vin"]
    index = 0
    while index < n:
        place = "".join(rng.choice(syll) for _ in range(3)).capitalize()
        work = rng.choice(works)
        length = round(rng.uniform(1, 40), 1)
        cost = rng.randint(80, 2000)
        staff = rng.randint(300, 6000)
        for outlet in range(rng.randint(2, 4)):
            if index >= n:
                break
            shard = folder / f"{index // 100:03d}"
            shard.mkdir(parents=True, exist_ok=True)
            text = (f"The {place} {work} opens\n\nPublished 2 May 2024\n\n"
                    f"The new {work} at {place} opened on Friday. The {work} is {length} km long and cost "
                    f"${cost}m to build, the ministry said.\n\n"
                    f"Some {staff:,} workers were on site at the peak of construction, according to the "
                    f"builder.\n\nOutlet {outlet} will follow the story.\n")
            (shard / f"{place.lower()}-{outlet}.txt").write_text(text, encoding="utf-8")
            index += 1


def build_corpus(folder: Path, n: int) -> str:
    """Write ``n`` articles under ``folder``; says which generator was used."""
    sys.path.insert(0, str(HERE.parent))
    try:
        from benchmarks.corpus import generate  # written by another developer; may be absent
    except ImportError:
        _simple_corpus(folder, n)
        return "simple fallback generator"
    generate(folder, n, seed=0)
    manifest = folder / "manifest.json"
    if manifest.exists():
        manifest.unlink()  # not an article; keep the corpus to articles only
    return "benchmarks/corpus.py"


def _changed_copy(text: str, rng: random.Random) -> str:
    """The article with every figure of two or more digits moved by 30-60%: it contradicts its peers."""
    def move(match: re.Match[str]) -> str:
        digits = match.group(0).replace(",", "")
        value = int(digits) * rng.choice([0.4, 0.6, 1.4, 1.6])
        return f"{round(value):,}"

    return re.sub(r"\b\d{1,3}(?:,\d{3})+\b|\b\d{2,}\b(?!\d)", lambda m: m.group(0) if len(m.group(0)) == 4
                  and m.group(0).startswith(("19", "20")) else move(m), text)


def _run(cmd: list[str], cwd: Path) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
    return time.perf_counter() - start, done


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=1000, help="articles in the corpus (default 1000)")
    parser.add_argument("--rounds", type=int, default=5, help="timed runs per case (default 5)")
    parser.add_argument("--keep", type=Path, help="build the project in this folder and keep it")
    parser.add_argument("--profile", action="store_true", help="also profile one 'new' run in-process")
    args = parser.parse_args(argv)

    exe = shutil.which("claimcheck", path=os.path.dirname(sys.executable)) or shutil.which("claimcheck")
    if exe is None:
        print("claimcheck is not installed in this environment", file=sys.stderr)
        return 2
    project = args.keep or Path(tempfile.mkdtemp(prefix="claimcheck-hook-latency-"))
    project.mkdir(parents=True, exist_ok=True)
    articles = project / "articles"
    if articles.exists():
        shutil.rmtree(articles)
    shutil.rmtree(project / ".claimcheck", ignore_errors=True)
    (project / "pyproject.toml").write_text('[tool.claimcheck]\npaths = ["articles"]\n', encoding="utf-8")

    t0 = time.perf_counter()
    source = build_corpus(articles, args.n)
    files = sorted(p for p in articles.rglob("*") if p.is_file())
    print(f"corpus: {len(files)} articles from {source} in {time.perf_counter() - t0:.1f} s, {project}")

    first, done = _run([exe, "check", "--exit-zero", "--format", "json"], project)
    if done.returncode != 0:
        print(f"the first scan failed (exit {done.returncode}):\n{done.stderr}", file=sys.stderr)
        return 2
    print(f"first full scan (claimcheck check, no files): {first:.2f} s")
    print("  " + done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "  (no summary)")

    rng = random.Random(1)
    template = files[len(files) // 2]
    new_times: list[float] = []
    previous: Path | None = None
    last = ""
    for round_ in range(args.rounds):
        new = articles / f"zz-new-{round_}{template.suffix}"
        new.write_text(_changed_copy(template.read_text(encoding="utf-8"), rng), encoding="utf-8")
        if previous is not None:
            previous.unlink()
        previous = new
        elapsed, done = _run([exe, "check", str(new.relative_to(project))], project)
        if done.returncode not in (0, 1) or "claimcheck: " not in done.stderr:
            print(f"check failed (exit {done.returncode}):\n{done.stderr}", file=sys.stderr)
            return 2
        new_times.append(elapsed)
        last = done.stdout
    findings = [line for line in last.splitlines() if line.strip()]
    assert previous is not None
    same_times = [_run([exe, "check", str(previous.relative_to(project))], project)[0] for _ in range(args.rounds)]

    def figures(times: list[float]) -> str:
        return f"median {statistics.median(times):.3f} s, min {min(times):.3f} s, max {max(times):.3f} s"

    print(f"check one new article ({args.rounds} rounds):       {figures(new_times)}")
    print(f"check one unchanged article ({args.rounds} rounds): {figures(same_times)}")
    print(f"findings on the last new article: {len(findings)}" + (f", e.g. {findings[0]}" if findings else ""))
    verdict = "within" if statistics.median(new_times) <= TARGET_S else "OVER"
    print(f"target {TARGET_S} s for a new article: {verdict}")

    if args.profile:
        _profile(project, articles, template, rng)
    if args.keep is None:
        shutil.rmtree(project, ignore_errors=True)
    return 0 if verdict == "within" else 1


def _profile(project: Path, articles: Path, template: Path, rng: random.Random) -> None:
    import cProfile
    import pstats

    from claimcheck.config import load_settings
    from claimcheck.hook import run_check

    new = articles / f"zz-profile{template.suffix}"
    new.write_text(_changed_copy(template.read_text(encoding="utf-8"), rng), encoding="utf-8")
    settings = load_settings(project)
    profiler = cProfile.Profile()
    profiler.enable()
    run_check([str(new)], settings, cwd=project)
    profiler.disable()
    new.unlink()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(18)


if __name__ == "__main__":
    sys.exit(main())
