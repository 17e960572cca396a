"""Bytes to text: BOMs first, then strict UTF-8, then a detected legacy encoding.

Binary files (NUL bytes, images, PDFs, archives) are refused with a reason rather than
parsed as text.
"""

from __future__ import annotations

import codecs

_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or Office document)",
    b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "an old Office document",
    b"{\\rtf": "an RTF document",
}


def decode_bytes(data: bytes) -> tuple[str, str] | str:
    """(text, encoding name), or a string saying why the bytes are not article text."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            return f"binary file ({what}), not an article"
    if data.startswith(codecs.BOM_UTF8):
        return _try(data[3:], "utf-8", "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _try(data, "utf-16", "utf-16")
    if b"\x00" in data[:8192]:
        return "binary file (NUL bytes), not an article"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _legacy(data)


def _try(data: bytes, codec: str, name: str) -> tuple[str, str] | str:
    try:
        return data.decode(codec), name
    except UnicodeDecodeError as exc:
        return f"invalid {name} text at byte {exc.start}"


def _legacy(data: bytes) -> tuple[str, str] | str:
    """An 8-bit encoding: charset-normalizer's best guess when installed, else Windows-1252,
    the usual encoding of Word and browser exports in English-language newsrooms."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - charset-normalizer is a dependency
        from_bytes = None
    if from_bytes is not None:
        best = from_bytes(data).best()
        if best is not None and best.encoding:
            return str(best), best.encoding
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"
