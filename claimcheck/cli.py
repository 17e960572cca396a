"""Command line: parse flags, call the library, render, choose the exit code.

Exit codes, as linters use them: 0 nothing found, 1 conflicts reported, 2 usage, input or
store error.  Heavy modules are imported inside the commands so `--version` starts fast.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from claimcheck import __version__

if TYPE_CHECKING:
    from rich.console import Console

    from claimcheck.store import ClaimStore

EXIT_OK, EXIT_FOUND, EXIT_ERROR = 0, 1, 2
T = TypeVar("T")


class ToolError(click.ClickException):
    """An error that is the input's or the environment's fault: exit code 2."""

    exit_code = EXIT_ERROR


def _console(ctx: click.Context, stderr: bool = False) -> Console:
    from rich.console import Console

    color = ctx.find_root().params.get("color", "auto")
    kwargs: dict[str, Any] = {"stderr": stderr, "highlight": False}
    if color == "always":
        kwargs["force_terminal"] = True
    elif color == "never":
        kwargs["no_color"] = True
    return Console(**kwargs)


def _read(query: Callable[[], T]) -> T:
    """Run a store query; a damaged store is a tool error (exit 2), not a traceback."""
    from claimcheck.errors import ClaimcheckError

    try:
        return query()
    except ClaimcheckError as exc:
        raise ToolError(str(exc)) from exc


def _open_store(ctx: click.Context, create: bool) -> ClaimStore:
    from claimcheck.errors import ClaimcheckError
    from claimcheck.store import ClaimStore, default_db_path

    db = ctx.find_root().params.get("db") or default_db_path()
    try:
        return ClaimStore(Path(db), create=create)
    except ClaimcheckError as exc:
        raise ToolError(str(exc)) from exc


@click.group(
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog="""\b
Examples:
  claimcheck scan seeds/                 # read a folder of articles into the claim store
  claimcheck conflicts                   # what the sources disagree on, with evidence
  claimcheck conflicts --json | jq .     # the same, as a stable JSON contract
  claimcheck claims --kind money         # every money claim found
  claimcheck --db /tmp/c.db scan a.txt   # use another claim store

Exit codes: 0 nothing found, 1 conflicts reported, 2 usage, input or store error.
""",
)
@click.version_option(__version__, "-V", "--version", prog_name="claimcheck")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), envvar="CLAIMCHECK_DB",
              help="Claim store file [env CLAIMCHECK_DB; default .claimcheck/claims.db].")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
              help="Colour in reports; auto is on for terminals only (NO_COLOR is honoured).")
def main(db: Path | None, color: str) -> None:
    """Find the numbers and dates that news sources disagree on.

    claimcheck reads articles, extracts every numeric and date claim, normalises it (value or
    interval in a canonical unit, qualifier, time, attribution, subject), groups claims about
    the same thing across sources and reports the groups whose values cannot all be true.
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, show_default=True,
              help="Worker processes for extraction; 0 uses all cores.")
@click.option("--max-size", type=click.IntRange(min=1), default=5, show_default=True,
              help="Skip files larger than this many megabytes.")
@click.option("--no-prune", is_flag=True, help="Keep stored articles whose files are gone from the scanned folders.")
@click.option("--strict", is_flag=True, help="Exit 2 when any file had to be skipped.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@click.option("--stdin-filename", metavar="PATH", help="The path to report for text read from - (stdin).")
@click.pass_context
def scan(ctx: click.Context, paths: tuple[str, ...], jobs: int, max_size: int, no_prune: bool, strict: bool,
         quiet: bool, stdin_filename: str | None) -> None:
    """Read articles under PATHS (files, folders, or - for stdin) into the claim store.

    Folders are read recursively (.txt, .md, .html); unchanged files are not read again.
    Prints a summary: files, claims, clusters, conflicts.

    \b
    Examples:
      claimcheck scan seeds/
      claimcheck scan articles/ drafts/new.md
      cat story.txt | claimcheck scan - --stdin-filename drafts/story.txt
    """
    with _interruptible(ctx):
        _scan(ctx, paths, jobs, max_size, no_prune, strict, quiet, stdin_filename)


def _scan(ctx: click.Context, paths: tuple[str, ...], jobs: int, max_size: int, no_prune: bool, strict: bool,
          quiet: bool, stdin_filename: str | None = None) -> None:
    from claimcheck.errors import ClaimcheckError
    from claimcheck.scan import ScanOptions
    from claimcheck.scan import scan as run_scan
    from rich.markup import escape

    err = _console(ctx, stderr=True)
    options = ScanOptions(jobs=jobs, max_bytes=max_size * 1024 * 1024, prune=not no_prune,
                          stdin_name=stdin_filename)
    with _open_store(ctx, create=True) as store:
        try:
            with _progress(err, quiet) as progress:
                result = run_scan(list(paths), store, options, progress=progress)
        except ClaimcheckError as exc:
            raise ToolError(str(exc)) from exc
    for skipped in result.skipped:
        err.print(f"[yellow]skipped[/] {escape(skipped.message())}", markup=True, highlight=False, soft_wrap=True)
    if not quiet:
        summary = (f"{result.files} files ({result.extracted} read, {result.reused} unchanged"
                   f"{f', {len(result.skipped)} skipped' if result.skipped else ''}"
                   f"{f', {result.removed} removed' if result.removed else ''}), "
                   f"{result.claims} claims, {result.clusters} clusters, {result.conflicts} conflicts")
        click.echo(summary)
    if result.scanned == 0:
        raise ToolError("no article could be scanned")
    if strict and result.skipped:
        raise ToolError(f"{len(result.skipped)} file(s) skipped (--strict)")


class _Interrupted(KeyboardInterrupt):
    """SIGTERM, turned into an exception so that the scan's transaction rolls back."""


@contextmanager
def _interruptible(ctx: click.Context) -> Iterator[None]:
    """Ctrl-C or SIGTERM: one line on stderr and exit 130 (143 for SIGTERM), no traceback."""
    import signal

    def on_term(_signum: int, _frame: object) -> None:
        raise _Interrupted

    try:
        previous = signal.signal(signal.SIGTERM, on_term)
    except ValueError:  # not the main thread: leave signals alone
        previous = None
    try:
        yield
    except KeyboardInterrupt as exc:
        click.echo("claimcheck: interrupted; the claim store is intact (a scan is saved whole or not at all)",
                   err=True)
        ctx.exit(128 + (signal.SIGTERM if isinstance(exc, _Interrupted) else signal.SIGINT))
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


class _progress:
    """A transient progress line on stderr, only for terminals and runs that take a while."""

    def __init__(self, console: Console, quiet: bool) -> None:
        self._console = console
        self._enabled = not quiet and console.is_terminal
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> Any:
        if not self._enabled:
            return None
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self._progress = Progress(SpinnerColumn(), TextColumn("scanning: {task.completed} files"),
                                  TimeElapsedColumn(), console=self._console, transient=True)
        self._progress.start()
        self._task = self._progress.add_task("scan", total=None)

        def update(done: int, _total: int | None) -> None:
            self._progress.update(self._task, completed=done)

        return update

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()


def _output_options(func: Any) -> Any:
    func = click.option("--json", "as_json", is_flag=True, help="Print the JSON contract (see `claimcheck schema`).")(func)
    return func


@main.command()
@_output_options
@click.option("--file", "files", multiple=True, help="Only claims from this article (path as scanned); repeatable.")
@click.option("--kind", "kinds", multiple=True,
              type=click.Choice(["money", "percent", "length", "area", "mass", "volume", "energy", "power", "speed",
                                 "temperature", "count", "duration", "date"]),
              help="Only claims of this kind; repeatable.")
@click.pass_context
def claims(ctx: click.Context, as_json: bool, files: tuple[str, ...], kinds: tuple[str, ...]) -> None:
    """List the stored claims.

    \b
    Examples:
      claimcheck claims
      claimcheck claims --kind money --kind percent
      claimcheck claims --file articles/story.txt --json
    """
    with _open_store(ctx, create=False) as store:
        found = _read(lambda: store.claims(files, kinds))
    if as_json:
        from claimcheck.report.json import claims_json

        click.echo(claims_json(found))
    else:
        from claimcheck.report.text import print_claims

        print_claims(_console(ctx), found)


@main.command()
@_output_options
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when conflicts are reported.")
@click.option("--file", "files", multiple=True, help="Only conflicts involving this article; repeatable.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Only conflicts whose claims are at least this surely about one thing (fewer false alarms, "
                   "fewer found; see the README).")
@click.pass_context
def conflicts(ctx: click.Context, as_json: bool, exit_zero: bool, files: tuple[str, ...],
              min_confidence: float) -> None:
    """Report the claims the sources disagree on, with the evidence.

    Exit code 1 when there are conflicts (unless --exit-zero), 0 when there are none.

    \b
    Examples:
      claimcheck conflicts
      claimcheck conflicts --json > conflicts.json
      claimcheck conflicts --file articles/new.txt
      claimcheck conflicts --min-confidence 0.7   # the surest only
    """
    with _open_store(ctx, create=False) as store:
        found = [c for c in _read(lambda: store.conflicts(files)) if c.is_at_least(min_confidence)]
    if as_json:
        from claimcheck.report.json import conflicts_json

        click.echo(conflicts_json(found))
    else:
        from claimcheck.report.text import print_conflicts

        print_conflicts(_console(ctx), found)
    ctx.exit(EXIT_FOUND if found and not exit_zero else EXIT_OK)


@main.command()
def schema() -> None:
    """Print the JSON Schema of the --json outputs (claims and conflicts)."""
    from claimcheck.report.json import json_schema

    click.echo(json_schema())


# --- pre-commit hook: check and baseline ------------------------------------------------------

CHECK_FORMATS = ("text", "json", "sarif", "github")  # kept in step with report.findings.FORMAT_CHOICES


def _corpus_options(func: Any) -> Any:
    """Options shared by `check` and `baseline`; each overrides the configuration file."""
    func = click.option("--jobs", "-j", type=click.IntRange(min=0), default=0, show_default=True,
                        help="Worker processes when many articles changed; 0 uses all cores.")(func)
    func = click.option("--min-confidence", type=click.FloatRange(0, 1), default=None,
                        help="Only conflicts at least this surely about one thing, 0-1 (overrides "
                             "`min-confidence`; default 0).")(func)
    func = click.option("--exclude", multiple=True,
                        help="Leave corpus files matching this glob out (overrides `exclude`); repeatable.")(func)
    func = click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False),
                        help="Baseline file (overrides `baseline`; default .claimcheck-baseline.json).")(func)
    func = click.option("--corpus", multiple=True, type=click.Path(),
                        help="Article folder of the corpus (overrides `paths`); repeatable.")(func)
    func = click.option("--config", "config_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                        help="Configuration file (default: the nearest claimcheck.toml or pyproject.toml "
                             "with [tool.claimcheck]).")(func)
    return func


def _settings(ctx: click.Context, config_file: Path | None, corpus: tuple[str, ...], baseline_file: str | None,
              exclude: tuple[str, ...], min_confidence: float | None = None) -> Any:
    from claimcheck.config import load_settings
    from claimcheck.errors import ClaimcheckError

    db = ctx.find_root().params.get("db")
    overrides = {"paths": list(corpus) or None, "baseline": baseline_file, "exclude": list(exclude) or None,
                 "db": str(db) if db else None, "min-confidence": min_confidence}
    try:
        return load_settings(Path.cwd(), config_file=config_file, overrides=overrides)
    except ClaimcheckError as exc:
        raise ToolError(str(exc)) from exc


@main.command()
@click.argument("files", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(CHECK_FORMATS), default="text", show_default=True,
              help="text: path:line:col: CODE message; json: the claim objects of the JSON contract; "
                   "sarif: SARIF 2.1.0 for code scanning; github: workflow annotations.")
@_corpus_options
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("-q", "--quiet", is_flag=True, help="No summary on stderr.")
@click.pass_context
def check(ctx: click.Context, files: tuple[str, ...], fmt: str, config_file: Path | None, corpus: tuple[str, ...],
          baseline_file: str | None, exclude: tuple[str, ...], jobs: int, min_confidence: float | None,
          exit_zero: bool, quiet: bool) -> None:
    """Report what FILES contradict in the corpus, as a linter (the pre-commit hook).

    Brings the claim store up to date with the corpus (the article folders of the
    configuration; only changed files are read), then prints each claim of FILES that cannot
    hold with a claim elsewhere, unless the pair is in the baseline or the line carries
    <!-- claimcheck: ignore[CC001] -->.  Without FILES, checks the whole corpus.
    Codes: CC001 numbers, CC002 dates.  Exit 0 none, 1 findings, 2 usage or input error.

    \b
    Examples:
      claimcheck check articles/new.md
      claimcheck check --format sarif > claimcheck.sarif
      claimcheck check --corpus articles --baseline reviewed.json drafts/story.txt
    """
    from claimcheck.errors import ClaimcheckError
    from claimcheck.hook import run_check
    from claimcheck.report.findings import formatter_for

    settings = _settings(ctx, config_file, corpus, baseline_file, exclude, min_confidence)
    try:
        result = run_check(list(files), settings, jobs=jobs)
    except ClaimcheckError as exc:
        raise ToolError(str(exc)) from exc
    output = formatter_for(fmt).format(result.findings)
    if output or fmt != "text":
        click.echo(output)
    if not quiet:
        for skipped in result.update.skipped:
            click.echo(f"claimcheck: skipped {skipped.path}: {skipped.reason}", err=True)
        for path in result.ignored:
            click.echo(f"claimcheck: {path} is not part of the corpus (see `paths`, `include`, `exclude`)", err=True)
        count = len(result.findings)
        where = (f"{len(result.checked)} checked file{'s' if len(result.checked) != 1 else ''}" if files
                 else "the corpus")
        click.echo(f"claimcheck: {count} finding{'s' if count != 1 else ''} in {where} ({result.baselined} in the baseline, "
                   f"{result.suppressed_inline} ignored inline); corpus {result.update.files} articles, "
                   f"{result.update.changed} read", err=True)
    ctx.exit(EXIT_FOUND if result.findings and not exit_zero else EXIT_OK)


@main.command("baseline")
@_corpus_options
@click.pass_context
def baseline_command(ctx: click.Context, config_file: Path | None, corpus: tuple[str, ...],
                     baseline_file: str | None, exclude: tuple[str, ...], jobs: int,
                     min_confidence: float | None) -> None:
    """Accept every current finding: write them all to the baseline file.

    The baseline (default .claimcheck-baseline.json) is JSON meant to be reviewed and
    committed; `check` stays quiet about what it holds.  Entries name the two claims by
    article, text and value, not by line, so edits elsewhere in an article keep them.
    Prints how many findings were added and dropped.

    \b
    Examples:
      claimcheck baseline && git diff .claimcheck-baseline.json
      claimcheck baseline --baseline reviewed.json
    """
    from claimcheck.baseline import Baseline
    from claimcheck.errors import ClaimcheckError
    from claimcheck.hook import run_baseline

    settings = _settings(ctx, config_file, corpus, baseline_file, exclude, min_confidence)
    try:
        before = Baseline.load(settings.baseline).identities
        baseline, _update = run_baseline(settings, jobs=jobs)
        baseline.save(settings.baseline)
    except ClaimcheckError as exc:
        raise ToolError(str(exc)) from exc
    after = baseline.identities
    click.echo(f"claimcheck: wrote {len(after)} finding{'s' if len(after) != 1 else ''} to "
               f"{settings.relative(settings.baseline)} ({len(after - before)} added, {len(before - after)} dropped)",
               err=True)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
