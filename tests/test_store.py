"""The claim store under stress: future schema, corrupt file, busy lock, rollback."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck.cli import main
from claimcheck.errors import StoreError
from claimcheck.store import ClaimStore, StoreBusyError
from claimcheck.store.migrations import SCHEMA_VERSION


def make_store(path: Path) -> None:
    with ClaimStore(path):
        pass


def test_future_schema_version_is_refused_and_left_alone(db_path: Path) -> None:
    make_store(db_path)
    with sqlite3.connect(db_path) as db:
        db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    before = db_path.read_bytes()
    with pytest.raises(StoreError, match="newer claimcheck .* upgrade claimcheck or use another --db"):
        ClaimStore(db_path)
    assert db_path.read_bytes() == before
    result = CliRunner().invoke(main, ["--db", str(db_path), "conflicts"])
    assert result.exit_code == 2 and "newer claimcheck" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("content", [b"this is not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 4000])
def test_corrupt_store_says_what_to_do_and_is_not_overwritten(db_path: Path, content: bytes) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(content)
    with pytest.raises(StoreError, match="not a usable claim store .* move it aside or delete it"):
        ClaimStore(db_path)
    result = CliRunner().invoke(main, ["--db", str(db_path), "scan", str(db_path.parent)])
    assert result.exit_code == 2 and "move it aside" in result.output and "Traceback" not in result.output
    assert db_path.read_bytes() == content


def test_damaged_pages_found_while_reading_are_a_store_error(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    with ClaimStore(db_path) as store, store.transaction():
        store.set_meta("filler", "x" * 200_000)  # spills onto overflow pages
    data = bytearray(db_path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data), page):  # keep the header and schema page intact
        data[offset:offset + 64] = b"\xee" * 64
    db_path.write_bytes(bytes(data))
    try:
        store = ClaimStore(db_path)
    except StoreError as exc:
        assert "move it aside" in str(exc)
        return
    with store, pytest.raises(StoreError, match="move it aside"):
        store.counts()
        store.claims()
        with store.transaction():
            store.set_meta("filler", "y" * 200_000)


def test_busy_store_is_a_clear_error_after_the_timeout(db_path: Path) -> None:
    make_store(db_path)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with ClaimStore(db_path, busy_timeout_s=0.1) as store:
            with pytest.raises(StoreBusyError, match="busy: another claimcheck is writing it"):
                with store.transaction():
                    pass
            assert store.counts()["articles"] == 0  # readers are not blocked (WAL)
    finally:
        holder.rollback()
        holder.close()


def test_store_being_created_by_another_process_is_busy_not_corrupt(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("CREATE TABLE t (x)")
    try:
        with pytest.raises(StoreBusyError):
            ClaimStore(db_path, busy_timeout_s=0.1)
    finally:
        holder.rollback()
        holder.close()


def test_an_exception_inside_a_transaction_rolls_everything_back(db_path: Path) -> None:
    with ClaimStore(db_path) as store:
        with pytest.raises(KeyboardInterrupt), store.transaction():
            store.set_meta("half", "written")
            raise KeyboardInterrupt
        assert store.get_meta("half") is None
        with store.transaction():
            store.set_meta("whole", "written")
        assert store.get_meta("whole") == "written"


def test_store_uses_wal(db_path: Path) -> None:
    make_store(db_path)
    with sqlite3.connect(db_path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
