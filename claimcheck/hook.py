"""``claimcheck check`` and ``claimcheck baseline``: the pre-commit hook's library side.

A check (1) brings the claim store up to date with the corpus named in the settings (only
changed files are read; when nothing changed, nothing is written or reconciled), then (2)
turns the stored conflicts that involve the given files into findings, one per pair of
claims that cannot both hold, and (3) drops the findings recorded in the baseline or
suppressed inline with ``<!-- claimcheck: ignore[CC001] -->`` on the claim's line.

pre-commit may split the staged files over several calls; each call compares its files with
the cached store of the whole corpus, so the split does not change the findings.

Paths are stored and reported relative to the project root, whatever the current directory.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path

from claimcheck.baseline import Baseline, BaselineEntry, claim_key, pair_identity
from claimcheck.config import Settings
from claimcheck.errors import ClaimcheckError
from claimcheck.ingest import ARTICLE_SUFFIXES, FileEntry, Skipped, walk
from claimcheck.ingest.files import HTML_SUFFIXES
from claimcheck.models import Claim, Conflict
from claimcheck.report.findings import Finding
from claimcheck.store import ArticleState, ClaimStore

__all__ = ["CheckError", "CheckResult", "CorpusUpdate", "find_findings", "is_in_corpus", "run_baseline",
           "run_check", "update_corpus"]

_IGNORE = re.compile(r"<!--\s*claimcheck:\s*ignore(?:\[(?P<codes>[A-Za-z0-9,\s]*)\])?\s*-->")


class CheckError(ClaimcheckError):
    """A file given to ``check`` cannot be checked (missing, or a folder)."""


@dataclass(slots=True)
class CorpusUpdate:
    """What bringing the store up to date did."""

    files: int = 0
    changed: int = 0
    removed: int = 0
    skipped: list[Skipped] = field(default_factory=list)


@dataclass(slots=True)
class CheckResult:
    """The findings to report, and what was left out and why."""

    findings: list[Finding]
    checked: list[str]
    ignored: list[str]
    baselined: int = 0
    suppressed_inline: int = 0
    update: CorpusUpdate = field(default_factory=CorpusUpdate)


@contextmanager
def _inside(folder: Path) -> Iterator[None]:
    """Run with ``folder`` as the current directory: the store keys articles by the path as
    scanned, so every run must scan from the project root to share one store."""
    before = os.getcwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


def _matches(path: str, patterns: Sequence[str]) -> bool:
    """A glob matches the root-relative path ('*' crosses '/'), or the file name alone when
    the pattern holds no '/'."""
    name = path.rsplit("/", 1)[-1]
    return any(fnmatchcase(path, p) or ("/" not in p and fnmatchcase(name, p)) for p in patterns)


def is_in_corpus(path: str, settings: Settings) -> bool:
    """True when the root-relative ``path`` belongs to the corpus the settings describe."""
    if Path(path).suffix.lower() not in ARTICLE_SUFFIXES:
        return False
    roots = [settings.relative(p) for p in settings.paths]
    if not any(r == "." or path == r or path.startswith(r.rstrip("/") + "/") for r in roots):
        return False
    if settings.include and not _matches(path, settings.include):
        return False
    return not _matches(path, settings.exclude)


def _is_unchanged(entry: FileEntry, state: ArticleState | None) -> bool:
    from claimcheck.scan import EXTRACTOR_VERSION

    return (state is not None and state.size == entry.size and state.mtime_ns == entry.mtime_ns
            and state.extractor_version == EXTRACTOR_VERSION)


def update_corpus(settings: Settings, store: ClaimStore, jobs: int = 0) -> CorpusUpdate:
    """Bring ``store`` up to date with the corpus; call from the project root.

    Unchanged files are recognised by their stat alone.  When no file changed and none is
    gone, the store is not written and conflicts are not recomputed (the common case of a
    hook run on an article already scanned).
    """
    update = CorpusUpdate()
    roots = [settings.relative(p) for p in settings.paths]
    missing = [r for r in roots if not os.path.lexists(r)]
    if missing:
        raise CheckError(f"corpus folder not found: {', '.join(missing)} (see `paths` in the configuration)")
    entries = [e for e in walk(roots, update.skipped) if is_in_corpus(e.path, settings)]
    update.files = len(entries)
    states = store.article_states()
    wanted = {e.path for e in entries}
    gone = [p for p in states if p not in wanted]
    changed = [e.path for e in entries if not _is_unchanged(e, states.get(e.path))]
    update.changed, update.removed = len(changed), len(gone)
    if gone:
        with store.transaction():
            store.remove_articles(gone)
    if changed or gone:
        from claimcheck.scan import ScanOptions, scan

        # Only the changed files are passed: the store already holds the others, and scan
        # reconciles the whole store either way.  Without folders, scan prunes nothing.
        result = scan(changed, store, ScanOptions(jobs=jobs, max_bytes=settings.max_size_mb * 1024 * 1024,
                                                  prune=False))
        update.skipped.extend(result.skipped)
    return update


def find_findings(conflicts: Sequence[Conflict], targets: set[str] | None,
                  is_linked: Callable[[Conflict, Claim, Claim], bool] | None = None) -> list[Finding]:
    """One finding per pair of claims that cannot both hold, where the first claim comes from
    one of ``targets`` (every source when None).  A pair of two target claims appears once.

    ``is_linked`` tells whether two claims of a conflict are directly linked (default: every
    pair of the conflict is).
    """
    from claimcheck.reconcile.conflicts import values_disagree

    findings: list[Finding] = []
    seen: set[tuple[str, str]] = set()
    for conflict in conflicts:
        for claim in conflict.claims:
            if targets is not None and claim.source not in targets:
                continue
            for other in conflict.claims:
                if other.id == claim.id or (other.source == claim.source
                                            and other.sentence_start == claim.sentence_start):
                    continue  # claims of one sentence are about different things
                if (other.id, claim.id) in seen or not values_disagree(claim, other):
                    continue
                if is_linked is not None and not is_linked(conflict, claim, other):
                    continue
                seen.add((claim.id, other.id))
                findings.append(Finding.between(claim, other, identity=pair_identity(claim, other),
                                                subject=conflict.subject, reason=conflict.reason,
                                                conflict_id=conflict.id))
    findings.sort(key=lambda f: (f.claim.source, f.claim.line, f.claim.column, f.other.source, f.other.line,
                                 f.other.column))
    return findings


def _store_findings(store: ClaimStore, targets: list[str] | None, min_confidence: float = 0.0) -> list[Finding]:
    conflicts = [c for c in store.conflicts(targets or ()) if c.is_at_least(min_confidence)]
    if not conflicts:
        return []
    return find_findings(conflicts, set(targets) if targets is not None else None, is_directly_linked)


def is_directly_linked(conflict: Conflict, a: Claim, b: Claim) -> bool:
    """A conflict is a connected group: in a long chain the two ends may be about different
    things, so a finding is only reported for a pair the clustering itself linked."""
    return (a.id, b.id) in conflict.pairs or (b.id, a.id) in conflict.pairs


class _InlineSuppressions:
    """``<!-- claimcheck: ignore -->`` or ``ignore[CC001,CC002]`` on a claim's line or alone on
    the line just above it (a comment inside the sentence changes what the extractor reads
    next to the number, so the line above is the robust place)."""

    def __init__(self) -> None:
        self._lines: dict[str, list[str]] = {}

    def _near(self, claim: Claim) -> list[str]:
        if claim.source not in self._lines:
            lines: list[str] = []
            if Path(claim.source).suffix.lower() not in HTML_SUFFIXES:  # HTML lines are of the extracted text
                try:
                    lines = Path(claim.source).read_bytes().decode("utf-8-sig", "replace").split("\n")
                except OSError:
                    pass
            self._lines[claim.source] = lines
        lines = self._lines[claim.source]
        return [lines[n - 1] for n in (claim.line, claim.line - 1) if 0 < n <= len(lines)]

    def is_suppressed(self, finding: Finding) -> bool:
        for claim in (finding.claim, finding.other):
            for line in self._near(claim):
                for match in _IGNORE.finditer(line):
                    codes = match.group("codes")
                    if codes is None or finding.code in {c.strip().upper() for c in codes.split(",")}:
                        return True
        return False


def _relative_to_root(given: str, settings: Settings, cwd: Path) -> str:
    path = Path(given)
    path = path if path.is_absolute() else cwd / path
    if not path.exists():
        raise CheckError(f"{given}: no such file")
    if path.is_dir():
        raise CheckError(f"{given}: is a folder; give article files (the corpus comes from the configuration)")
    return settings.relative(path)


def run_check(files: Sequence[str], settings: Settings, *, baseline: Baseline | None = None,
              cwd: Path | None = None, jobs: int = 0) -> CheckResult:
    """Check ``files`` (relative to ``cwd``) against the corpus; no files: the whole corpus.

    Raises CheckError for missing files, and the store's and scan's errors (ClaimcheckError).
    """
    cwd = (cwd or Path.cwd()).resolve()
    given = [_relative_to_root(f, settings, cwd) for f in files]
    checked = sorted({g for g in given if is_in_corpus(g, settings)})
    ignored = sorted({g for g in given if g not in checked})
    baseline = baseline if baseline is not None else Baseline.load(settings.baseline)
    with _inside(settings.root), ClaimStore(settings.db, create=True) as store:
        update = update_corpus(settings, store, jobs=jobs)
        if files and not checked:
            return CheckResult([], checked, ignored, update=update)
        found = _store_findings(store, checked if files else None, settings.min_confidence)
        suppressions = _InlineSuppressions()
        accepted = baseline.matcher()
        result = CheckResult([], checked, ignored, update=update)
        for finding in found:
            if accepted.accepts(finding.claim, finding.other):
                result.baselined += 1
            elif suppressions.is_suppressed(finding):
                result.suppressed_inline += 1
            else:
                result.findings.append(finding)
    return result


def run_baseline(settings: Settings, *, jobs: int = 0) -> tuple[Baseline, CorpusUpdate]:
    """Bring the store up to date and return a baseline of every current finding (not saved)."""
    with _inside(settings.root), ClaimStore(settings.db, create=True) as store:
        update = update_corpus(settings, store, jobs=jobs)
        findings = _store_findings(store, None, settings.min_confidence)
    entries = tuple(BaselineEntry(f.code, f.subject, (claim_key(f.claim), claim_key(f.other))) for f in findings)
    return Baseline(entries), update
