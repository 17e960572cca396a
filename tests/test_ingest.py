"""Ingest on real files made in a temp folder: encodings, binary files, HTML, the walk."""

from __future__ import annotations

import builtins
import codecs
import os
from pathlib import Path
from typing import Any

import pytest

from claimcheck.extract import extract_text
from claimcheck.ingest import ArticleText, Skipped, read_article, walk
from claimcheck.ingest import files as files_module
from claimcheck.ingest.decode import decode_bytes
from claimcheck.ingest.files import FileEntry, printable
from claimcheck.ingest.html import html_to_text
from claimcheck.models import Kind

MONEY_SENTENCE = "The fund holds €45 million, its chief said. “It’s a record,” she added – again.\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"


def entry(path: Path) -> FileEntry:
    st = path.stat()
    return FileEntry(str(path), str(path), st.st_size, st.st_mtime_ns, None)


def read(path: Path, **kwargs: Any) -> ArticleText | Skipped:
    return read_article(entry(path), **kwargs)


def read_ok(path: Path) -> ArticleText:
    result = read(path)
    assert isinstance(result, ArticleText), result
    return result


def reason(path: Path, **kwargs: Any) -> str:
    result = read(path, **kwargs)
    assert isinstance(result, Skipped), result
    return result.reason


def walk_all(paths: list[str], **kwargs: Any) -> tuple[list[str], dict[str, str]]:
    skipped: list[Skipped] = []
    found = [e.path for e in walk(paths, skipped, **kwargs)]
    return found, {s.path.rsplit("/", 1)[-1]: s.reason for s in skipped}


# --- decoding ---------------------------------------------------------------------------------


def test_cp1252_file_with_euro_and_curly_quotes(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    path.write_bytes(MONEY_SENTENCE.encode("cp1252"))
    article = read_ok(path)
    assert article.encoding == "cp1252"
    assert article.text == MONEY_SENTENCE
    [claim] = [c for c in extract_text(article.text) if c.kind is Kind.money]
    assert (claim.text, claim.unit, claim.value) == ("€45 million", "EUR", 45_000_000)


@pytest.mark.parametrize("text", ["It cost £45m.\n", "Le café coûte 3 € — «très cher».\n",
                                  "Der Preis stieg um 45 % auf 3,5 Mio. €. Größer als je zuvor.\n"])
def test_short_windows_1252_texts_are_not_misdetected(text: str) -> None:
    assert decode_bytes(text.encode("cp1252")) == (text, "cp1252")


@pytest.mark.parametrize(("text", "encoding"), [
    ("Цена выросла на 45% до 3,5 млн рублей. Это рекорд для компании.", "cp1251"),
    ("Ο πληθωρισμός αυξήθηκε κατά 45% το 2020, σύμφωνα με την κεντρική τράπεζα.", "cp1253"),
])
def test_other_scripts_keep_their_detected_encoding(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding)) == (text, encoding)


@pytest.mark.parametrize(("data", "encoding"), [
    (MONEY_SENTENCE.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + MONEY_SENTENCE.encode("utf-8"), "utf-8-sig"),
    (MONEY_SENTENCE.encode("utf-16"), "utf-16"),
    (codecs.BOM_UTF16_BE + MONEY_SENTENCE.encode("utf-16-be"), "utf-16"),
    (MONEY_SENTENCE.encode("utf-32"), "utf-32"),
])
def test_unicode_files(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    article = read_ok(path)
    assert (article.text, article.encoding) == (MONEY_SENTENCE, encoding)
    assert any(c.unit == "EUR" and c.value == 45_000_000 for c in extract_text(article.text))


@pytest.mark.parametrize(("data", "what"), [
    (PNG, "PNG image"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
    (b"\x1f\x8b\x08\x00\x00\x00", "gzip"),
    (b"\x7fELF\x02\x01\x01", "executable"),
    (b"SQLite format 3\x00\x10\x00", "SQLite"),
    (b"plain start then \x00\x00 NUL bytes", "NUL bytes"),
    (bytes(range(1, 32)) * 50, "control characters"),
])
def test_binary_files_are_skipped_with_what_they_are(tmp_path: Path, data: bytes, what: str) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(data)
    why = reason(path)
    assert why.startswith("binary file") and what in why


def test_utf16_without_bom_is_not_read_as_text() -> None:
    assert isinstance(decode_bytes("45 km".encode("utf-16-le")), str)


@pytest.mark.parametrize("content", [b"", b"  \n\n\t\n"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "draft.md"
    path.write_bytes(content)
    assert reason(path) == "empty file"


def test_invalid_utf8_after_bom_is_a_reason_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(codecs.BOM_UTF8 + b"ok \xff\xfe bad")
    assert reason(path).startswith("invalid utf-8-sig text at byte")


# --- size limit -------------------------------------------------------------------------------


def test_file_over_the_size_limit_is_skipped_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "transcript.txt"
    path.write_bytes(b"The dam cost $45 million. " * 100)
    why = reason(path, max_bytes=1000)
    assert "larger than the 1,000 bytes limit" in why and "--max-size" in why
    assert isinstance(read(path, max_bytes=10_000), ArticleText)


def test_file_that_grew_after_the_walk_is_still_capped(tmp_path: Path) -> None:
    path = tmp_path / "growing.txt"
    path.write_bytes(b"x")
    stale = FileEntry(str(path), str(path), 1, path.stat().st_mtime_ns, None)
    path.write_bytes(b"The dam cost $45 million. " * 100)
    result = read_article(stale, max_bytes=1000)
    assert isinstance(result, Skipped) and "larger than" in result.reason


# --- HTML -------------------------------------------------------------------------------------

PAGE = """<!doctype html>
<html><head><title>Dam  costs</title>
<script>var total = 999999; var cost = "$77 million"; // 45 km</script>
<style>p { width: 300px; margin: 12px }</style></head>
<body><nav>Home | 2024 | 88 stories</nav>
<article>
  <h1>Dam overrun</h1>
  <p>The dam cost
     $45&nbsp;million, officials said &mdash; up 12% on
     the 2019 plan.</p>
  <p>Caf&eacute;s sold 300 pies.<script>document.write("5,000 people")</script></p>
</article>
<footer>&copy; 2024, 10 Downing Street</footer>
</body></html>
"""


def test_html_drops_script_style_and_navigation(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    article = read_ok(path)
    assert article.title == "Dam costs"
    for hidden in ("999999", "77", "300px", "88 stories", "5,000", "Downing"):
        assert hidden not in article.text
    assert "The dam cost\n$45\xa0million, officials said — up 12% on\nthe 2019 plan." in article.text
    assert "Cafés sold 300 pies." in article.text


def test_html_claims_point_at_the_source_line_and_column(tmp_path: Path) -> None:
    from claimcheck.scan import extract_file

    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    output = extract_file(entry(path), 5 * 1024 * 1024)
    assert not isinstance(output, Skipped)
    _article, records = output
    source_lines = PAGE.splitlines()
    texts = []
    for record in records:
        claim = record.claim
        texts.append(claim.text)
        line = source_lines[claim.line - 1]
        # The claim's first characters stand at that line and column of the HTML file.
        assert line[claim.column - 1:].startswith(claim.text[:2]), (claim.text, claim.line, claim.column)
    assert "$45\xa0million" in texts and "12%" in texts
    money = next(r.claim for r in records if r.claim.text.startswith("$45"))
    assert (money.line, money.column) == (9, 6)


def test_html_positions_inside_and_after_character_references() -> None:
    doc = html_to_text("<p>A &euro;45m deal &amp; 300 jobs</p>")
    assert doc.text == "A €45m deal & 300 jobs\n"
    assert doc.positions.position(doc.text.index("€")) == (1, 6)  # the reference itself
    assert doc.positions.position(doc.text.index("45")) == (1, 12)
    assert doc.positions.position(doc.text.index("300")) == (1, 27)


def test_html_whitespace_and_blocks() -> None:
    doc = html_to_text("<div>one\t two</div><p>three</p>\n\n\n\n<p>four<br>five</p>  ")
    assert doc.text == "one two\n\nthree\n\nfour\nfive\n"
    assert html_to_text("<script>1</script>").text == "\n"


def test_html_with_only_markup_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "shell.html"
    path.write_text("<html><head><script>var x = 45;</script></head><body><nav>1 2 3</nav></body></html>")
    assert reason(path) == "no text (only markup)"


def test_broken_html_does_not_raise(tmp_path: Path) -> None:
    path = tmp_path / "broken.htm"
    path.write_text("<p>It cost $45 million<div <b>unclosed &bogus; &#xZZ; <!-- never closed 12 km")
    assert "$45 million" in read_ok(path).text


# --- the walk ---------------------------------------------------------------------------------


def test_walk_skips_hidden_folders_other_suffixes_and_the_store(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "note.txt").write_text("45 km")
    (tmp_path / ".claimcheck").mkdir()
    (tmp_path / ".claimcheck" / "claims.txt").write_text("45 km")
    (tmp_path / "a.txt").write_text("45 km")
    (tmp_path / "b.py").write_text("45")
    (tmp_path / ".hidden.txt").write_text("45 km")
    (tmp_path / "store.txt").write_text("pretend store")
    store = os.path.realpath(tmp_path / "store.txt")
    found, skipped = walk_all([str(tmp_path)], exclude_files=frozenset({store}))
    assert [p.rsplit("/", 1)[-1] for p in found] == ["a.txt"]
    assert skipped == {"store.txt": "the claim store itself, not an article"}


def test_missing_command_line_path_is_an_error_before_anything_is_walked(tmp_path: Path) -> None:
    from claimcheck.errors import IngestError

    (tmp_path / "a.txt").write_text("45 km")
    with pytest.raises(IngestError, match="no such file or directory"):
        walk([str(tmp_path), str(tmp_path / "nope")], [])


def test_broken_symlink_and_symlink_loops(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("The road is 45 km long.")
    (tmp_path / "broken.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "loop1.txt").symlink_to(tmp_path / "loop2.txt")
    (tmp_path / "loop2.txt").symlink_to(tmp_path / "loop1.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path)  # a folder loop
    (tmp_path / "sub" / "in.txt").write_text("45 km")
    found, skipped = walk_all([str(tmp_path)])
    assert [p.rsplit("/", 1)[-1] for p in found] == ["ok.txt", "in.txt"]
    assert skipped["broken.txt"] == "broken symbolic link"
    assert skipped["loop1.txt"] == skipped["loop2.txt"] == "symbolic link loop"
    assert "symbolic link loop" in skipped["up"]


def test_linked_folder_is_followed(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text("45 km")
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "linked").symlink_to(tmp_path / "real")
    found, skipped = walk_all([str(tmp_path / "corpus")])
    assert [p.rsplit("/", 2)[-2:] for p in found] == [["linked", "a.txt"]] and not skipped


def test_zero_permission_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("The dam cost $45 million.")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as root (or with CAP_DAC_OVERRIDE): chmod 000 does not stop reading; "
                        "test_unreadable_file_is_reported covers the same path")
        assert reason(path) == "cannot read: permission denied"
    finally:
        path.chmod(0o644)


def test_unreadable_file_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Works as root too: the open itself is made to fail as it does without permission."""
    path = tmp_path / "secret.txt"
    path.write_text("The dam cost $45 million.")
    real_open = builtins.open

    def refusing_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(files_module, "open", refusing_open, raising=False)
    assert reason(path) == "cannot read: permission denied"


def test_unlistable_folder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.txt").write_text("45 km")
    (tmp_path / "b.txt").write_text("45 km")
    real_scandir = os.scandir

    def refusing_scandir(path: Any) -> Any:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(files_module.os, "scandir", refusing_scandir)
    found, skipped = walk_all([str(tmp_path)])
    assert [p.rsplit("/", 1)[-1] for p in found] == ["b.txt"]
    assert skipped == {"locked": "cannot list folder: permission denied"}


def test_file_vanishing_between_walk_and_read(tmp_path: Path) -> None:
    path = tmp_path / "soon-gone.txt"
    path.write_text("45 km")
    found = entry(path)
    path.unlink()
    result = read_article(found)
    assert isinstance(result, Skipped) and result.reason == "vanished during the scan"


def test_file_vanishing_during_the_walk(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("45 km")
    skipped: list[Skipped] = []
    walker = walk([str(tmp_path)], skipped)
    first = next(walker)
    (tmp_path / "b.txt").unlink()  # os.scandir listed it already
    rest = list(walker)
    assert first.path.endswith("a.txt") and rest == []
    assert [(s.path.rsplit("/", 1)[-1], s.reason) for s in skipped] == [("b.txt", "vanished during the scan")]


def test_deep_tree_is_reported_not_a_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files_module, "MAX_DEPTH", 5)
    folder = tmp_path
    for level in range(8):
        folder = folder / f"d{level}"
        folder.mkdir()
        (folder / "a.txt").write_text("45 km")
    found, skipped = walk_all([str(tmp_path)])
    assert len(found) == 5
    assert skipped == {"d4": "folders nested deeper than 5 levels, not entered"}


def test_deeper_than_the_recursion_limit(tmp_path: Path) -> None:
    """The walk keeps its own stack: a tree deeper than Python's recursion limit still walks."""
    import sys

    monkey_depth = 40
    folder = tmp_path
    for _ in range(monkey_depth):
        folder = folder / "d"
        folder.mkdir()
    (folder / "deep.txt").write_text("45 km")
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(30 + len(__import__("inspect").stack()))
    try:
        found, skipped = walk_all([str(tmp_path)])
    finally:
        sys.setrecursionlimit(limit)
    assert len(found) == 1 and not skipped


def test_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.txt")
    try:
        (tmp_path / name).write_text("45 km")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system refuses non-UTF-8 names")
    found, skipped = walk_all([str(tmp_path)])
    assert found == []
    assert list(skipped.values()) == ["file name is not valid UTF-8; rename the file to scan it"]
    assert "\\udce9" in Skipped(list(skipped)[0], "x").message()


def test_printable_escapes_control_characters() -> None:
    assert printable("ok.txt") == "ok.txt"
    assert printable("a\nb\tc.txt") == "a\\nb\\tc.txt"
    assert "\n" not in Skipped("x\ny.txt", "why\nnot").message()
