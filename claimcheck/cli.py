"""Command line: parse flags, call the library, render, choose the exit code.

Exit codes, as linters use them: 0 nothing found, 1 conflicts reported, 2 usage, input or
store error.  Heavy modules are imported inside the commands so `--version` starts fast.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from claimcheck import __version__

if TYPE_CHECKING:
    from rich.console import Console

    from claimcheck.store import ClaimStore

EXIT_OK, EXIT_FOUND, EXIT_ERROR = 0, 1, 2


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
@click.pass_context
def scan(ctx: click.Context, paths: tuple[str, ...], jobs: int, max_size: int, no_prune: bool, strict: bool,
         quiet: bool) -> None:
    """Read articles under PATHS (files, folders, or - for stdin) into the claim store.

    Folders are read recursively (.txt, .md, .html); unchanged files are not read again.
    Prints a summary: files, claims, clusters, conflicts.

    \b
    Examples:
      claimcheck scan seeds/
      claimcheck scan articles/ drafts/new.md
      cat story.txt | claimcheck scan -
    """
    from claimcheck.errors import ClaimcheckError
    from claimcheck.scan import ScanOptions
    from claimcheck.scan import scan as run_scan

    err = _console(ctx, stderr=True)
    options = ScanOptions(jobs=jobs, max_bytes=max_size * 1024 * 1024, prune=not no_prune)
    with _open_store(ctx, create=True) as store:
        try:
            with _progress(err, quiet) as progress:
                result = run_scan(list(paths), store, options, progress=progress)
        except ClaimcheckError as exc:
            raise ToolError(str(exc)) from exc
    for skipped in result.skipped:
        err.print(f"[yellow]skipped[/] {skipped.path}: {skipped.reason}", markup=True, highlight=False)
    if not quiet:
        summary = (f"{result.files} files ({result.extracted} read, {result.reused} unchanged"
                   f"{f', {len(result.skipped)} skipped' if result.skipped else ''}"
                   f"{f', {result.removed} removed' if result.removed else ''}), "
                   f"{result.claims} claims, {result.clusters} clusters, {result.conflicts} conflicts")
        click.echo(summary)
    if result.files == 0 or (result.files == len(result.skipped)):
        raise ToolError("no article could be scanned")
    if strict and result.skipped:
        ctx.exit(EXIT_ERROR)


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
      claimcheck claims --file seeds/000_63bd36d116e33f36.txt --json
    """
    with _open_store(ctx, create=False) as store:
        found = store.claims(files, kinds)
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
@click.pass_context
def conflicts(ctx: click.Context, as_json: bool, exit_zero: bool, files: tuple[str, ...]) -> None:
    """Report the claims the sources disagree on, with the evidence.

    Exit code 1 when there are conflicts (unless --exit-zero), 0 when there are none.

    \b
    Examples:
      claimcheck conflicts
      claimcheck conflicts --json > conflicts.json
      claimcheck conflicts --file articles/new.txt
    """
    with _open_store(ctx, create=False) as store:
        found = store.conflicts(files)
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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
