"""A messy article folder end to end, and scans that are killed, interrupted or run twice at
once: the store is always exactly as before or as after a scan, never half."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from claimcheck.cli import main
from tests.conftest import ROOT

PLACES = ["harbour", "tunnel", "library", "orchard", "stadium", "reservoir", "museum", "airport", "canal", "ferry"]
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"


def write_articles(folder: Path, first: int, count: int, edition: int = 0) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(first, first + count):
        place = PLACES[i % len(PLACES)]
        (folder / f"a{i:04}.txt").write_text(
            f"Report {i}\n\nThe {place} project {i} cost ${(i * 7 + edition) % 900 + 1} million, officials said. "
            f"About {(i * 37 + edition) % 9000 + 100} residents of district {i} use the {place}.\n",
            encoding="utf-8")


def cli(db: Path, *args: str) -> Any:
    return CliRunner().invoke(main, ["--db", str(db), *args])


def scan_process(db: Path, folder: Path, *extra: str, new_session: bool = False) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("CLAIMCHECK_DB", None)
    return subprocess.Popen([sys.executable, "-m", "claimcheck", "--db", str(db), "scan", *extra, str(folder)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            start_new_session=new_session)


def _wait_until_catching(process: subprocess.Popen[str], sig: signal.Signals, timeout: float = 30.0) -> None:
    """Wait until ``process`` has a handler for ``sig`` (Linux: /proc/PID/status SigCgt), or has
    ended; elsewhere wait a second."""
    status = Path(f"/proc/{process.pid}/status")
    if not status.exists():
        time.sleep(1.0)
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        try:
            caught = next(line for line in status.read_text().splitlines() if line.startswith("SigCgt:"))
        except (OSError, StopIteration):
            return
        if int(caught.split()[1], 16) & (1 << (sig - 1)):
            return
        time.sleep(0.01)


def store_state(db: Path) -> tuple[int, int, int, tuple[tuple[str, str], ...]]:
    """Opens the store as a user would next time, checks it, and summarises its content."""
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        articles = tuple(conn.execute("SELECT path, content_hash FROM articles ORDER BY path").fetchall())
        claims = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
        conflicts = conn.execute("SELECT count(*) FROM conflicts").fetchone()[0]
    return len(articles), claims, conflicts, articles


def copy_store(source: Path, target: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{source}{suffix}").exists():
            shutil.copy(f"{source}{suffix}", f"{target}{suffix}")


# --- a messy folder ---------------------------------------------------------------------------


@pytest.fixture()
def messy(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "export.txt").write_bytes("The fund holds €45 million, its chief said. “It’s a record,” she added.\n"
                                        .encode("cp1252"))
    (folder / "unicode16.txt").write_bytes("The bridge is 45 km long, officials said.\n".encode("utf-16"))
    (folder / "photo.txt").write_bytes(PNG)
    (folder / "draft.md").write_bytes(b"")
    (folder / "broken.txt").symlink_to(folder / "nowhere.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "page.html").write_text("<html><head><script>var n = 999999;</script></head><body>\n"
                                      "<p>The dam cost $80 million, officials said.</p></body></html>\n")
    (folder / ".git").mkdir()
    (folder / ".git" / "x.txt").write_text("The dam cost $1 million.")
    return folder


def test_messy_folder_reports_each_problem_on_one_line_and_carries_on(messy: Path, tmp_path: Path) -> None:
    db = tmp_path / "store" / "claims.db"
    result = cli(db, "scan", str(messy))
    assert result.exit_code == 0, result.output
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped ")]
    assert sorted(line.split(": ", 1)[1] for line in skipped) == [
        "binary file (a PNG image), not an article", "broken symbolic link", "empty file", "symbolic link loop"]
    assert all(line.split()[1].split("/")[-1].rstrip(":") in
               {"photo.txt", "draft.md", "broken.txt", "loop.txt"} for line in skipped)
    assert "3 read" in result.stdout and "4 skipped" in result.stdout
    claims = {c["text"]: c for c in __import__("json").loads(cli(db, "claims", "--json").stdout)["claims"]}
    assert claims["€45 million"]["unit"] == "EUR" and claims["€45 million"]["value"] == 45_000_000
    assert "45 km" in claims
    assert (claims["$80 million"]["line"], claims["$80 million"]["column"]) == (2, 17)
    assert not any("999999" in text or "$1 million" == text for text in claims)
    with sqlite3.connect(db) as conn:
        encodings = dict(conn.execute("SELECT path, encoding FROM articles").fetchall())
    assert sorted(encodings.values()) == ["cp1252", "utf-16", "utf-8"]


def test_strict_makes_a_skipped_file_an_error(messy: Path, tmp_path: Path) -> None:
    result = cli(tmp_path / "c.db", "scan", "--strict", str(messy))
    assert result.exit_code == 2 and "4 file(s) skipped (--strict)" in result.stderr


def test_nothing_scannable_is_exit_2(tmp_path: Path) -> None:
    (tmp_path / "photo.txt").write_bytes(PNG)
    result = cli(tmp_path / "c.db", "scan", str(tmp_path / "photo.txt"))
    assert result.exit_code == 2 and "no article could be scanned" in result.stderr


def test_missing_path_is_exit_2_and_the_store_untouched(tmp_path: Path) -> None:
    write_articles(tmp_path / "a", 0, 3)
    db = tmp_path / "c.db"
    cli(db, "scan", str(tmp_path / "a"))
    before = store_state(db)
    result = cli(db, "scan", str(tmp_path / "a"), str(tmp_path / "missing"))
    assert result.exit_code == 2 and "missing: no such file or directory" in result.stderr
    assert store_state(db) == before


def test_an_article_that_breaks_the_extractor_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import claimcheck.scan as scan_module

    write_articles(tmp_path / "a", 0, 3)
    real = scan_module.extract_article_cues

    def flaky(text: str, source: str = "-", *args: Any, **kwargs: Any) -> Any:
        if source.endswith("a0001.txt"):
            raise ValueError("boom")
        return real(text, source, *args, **kwargs)

    monkeypatch.setattr(scan_module, "extract_article_cues", flaky)
    result = cli(tmp_path / "c.db", "scan", "-j", "1", str(tmp_path / "a"))
    assert result.exit_code == 0
    assert "a0001.txt: extraction failed (ValueError: boom); please report this as a bug" in result.stderr
    assert "2 read" in result.stdout


# --- kills, interrupts, concurrent scans ------------------------------------------------------


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A store holding 120 articles (the old state), the folder grown to 240 with 30 edited
    (the new state), and how long a full scan to the new state takes."""
    root = tmp_path_factory.mktemp("corpus")
    folder = root / "articles"
    write_articles(folder, 0, 120)
    old_db = root / "old.db"
    assert cli(old_db, "scan", "-j", "1", str(folder)).exit_code == 0
    write_articles(folder, 120, 120)
    write_articles(folder, 0, 30, edition=1)
    new_db = root / "new.db"
    copy_store(old_db, new_db)
    started = time.monotonic()
    done = scan_process(new_db, folder)
    out, err = done.communicate(timeout=60)
    assert done.returncode == 0, out + err
    return {"folder": folder, "old_db": old_db, "old": store_state(old_db), "new": store_state(new_db),
            "seconds": time.monotonic() - started}


@pytest.mark.slow
def test_sigkill_at_any_point_leaves_the_old_or_the_new_state(corpus: dict[str, Any], tmp_path: Path) -> None:
    old, new = corpus["old"], corpus["new"]
    assert old[:2] != new[:2] and old[0] == 120 and new[0] == 240
    outcomes = []
    for i, fraction in enumerate((0.1, 0.35, 0.6, 0.85, 1.1)):
        db = tmp_path / f"kill{i}.db"
        copy_store(corpus["old_db"], db)
        process = scan_process(db, corpus["folder"])
        time.sleep(corpus["seconds"] * fraction)
        process.kill()
        process.wait()
        state = store_state(db)
        assert state in (old, new), f"half-written store after SIGKILL at {fraction:.0%} of a scan"
        outcomes.append("new" if state == new else "old")
    # Whatever was interrupted, the next scan completes the job.
    result = cli(db, "scan", "-j", "1", str(corpus["folder"]))
    assert result.exit_code == 0 and store_state(db) == new
    assert "old" in outcomes  # at least one kill really landed inside a scan


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_interrupted_scan_exits_cleanly(corpus: dict[str, Any], tmp_path: Path, sig: signal.Signals,
                                        code: int) -> None:
    db = tmp_path / "int.db"
    copy_store(corpus["old_db"], db)
    # The whole process group, as a terminal's Ctrl-C does: worker processes get it too.
    process = scan_process(db, corpus["folder"], "-j", "2", new_session=True)
    # Signal only once the scan catches SIGTERM: on a loaded machine half a scan's time can
    # pass before Python has even imported claimcheck, and a signal then just kills it (-15).
    _wait_until_catching(process, signal.SIGTERM)
    time.sleep(corpus["seconds"] * 0.3)
    os.killpg(process.pid, sig)
    out, err = process.communicate(timeout=30)
    assert process.returncode in (code, 0), err  # 0: the scan finished before the signal

    if process.returncode == code:
        assert err.strip().splitlines() == [
            "claimcheck: interrupted; the claim store is intact (a scan is saved whole or not at all)"], err
        assert store_state(db) in (corpus["old"], corpus["new"])


def test_two_scans_at_once_both_succeed_or_one_is_busy(corpus: dict[str, Any], tmp_path: Path) -> None:
    db = tmp_path / "both.db"
    copy_store(corpus["old_db"], db)
    first = scan_process(db, corpus["folder"], "-j", "1")
    second = scan_process(db, corpus["folder"], "-j", "1")
    results = [p.communicate(timeout=90) for p in (first, second)]
    for process, (_out, err) in zip((first, second), results):
        assert process.returncode in (0, 2), err
        if process.returncode == 2:
            assert "busy" in err
        assert "Traceback" not in err
    assert 0 in (first.returncode, second.returncode)
    assert store_state(db) == corpus["new"]
