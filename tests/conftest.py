"""Shared fixtures: paths to the seed articles and the labeled corpus, and a temp store."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = ROOT / "fixtures" / "corpus"


@pytest.fixture()
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "store" / "claims.db"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: builds a virtualenv or kills scans in a loop; run with -m slow")
    config.addinivalue_line("markers", "corpus: checks every event of the labelled corpus; run with -m corpus")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the labelled corpus's tests event by event (all of one event's checks together),
    with the tests spanning every event last.  xdist hands each worker a contiguous run of
    items, so each event is then extracted by one worker instead of by both at once."""
    def event_of(item: pytest.Item) -> str:
        callspec = getattr(item, "callspec", None)
        return str(callspec.params.get("event", "")) if callspec is not None else ""

    corpus = [i for i, item in enumerate(items) if item.nodeid.startswith("tests/test_fixtures.py")]
    if corpus:
        ordered = sorted((items[i] for i in corpus), key=lambda item: (not event_of(item), event_of(item)))
        for i, item in zip(corpus, ordered, strict=True):
            items[i] = item
