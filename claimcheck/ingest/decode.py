"""Bytes to text: BOMs first, then strict UTF-8, then a detected legacy encoding.

Binary files (NUL bytes, images, PDFs, archives, executables) are refused with a reason
rather than parsed as text.

>>> decode_bytes("It cost £45m.".encode("cp1252"))
('It cost £45m.', 'cp1252')
>>> decode_bytes(b"\\x89PNG\\r\\n\\x1a\\n...")
'binary file (a PNG image), not an article'
"""

from __future__ import annotations

import codecs
import re

_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
    b"RIFF": "a RIFF file (WebP image, WAV or AVI)",
    b"PK\x03\x04": "a ZIP archive (or Office document)",
    b"PK\x05\x06": "a ZIP archive",
    b"\x1f\x8b": "a gzip archive",
    b"BZh": "a bzip2 archive",
    b"\xfd7zXZ\x00": "an xz archive",
    b"7z\xbc\xaf\x27\x1c": "a 7-Zip archive",
    b"Rar!\x1a\x07": "a RAR archive",
    b"\xd0\xcf\x11\xe0": "an old Office document",
    b"{\\rtf": "an RTF document",
    b"\x7fELF": "an executable",
    b"SQLite format 3\x00": "an SQLite database",
    b"ID3": "an MP3 audio file",
    b"OggS": "an Ogg media file",
}
_SNIFF = 8192
# C0 controls other than tab, newline, vertical tab, form feed, carriage return and escape:
# text editors never write them, binary formats are full of them.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.01
# English-language newsrooms export Word and browser files in Windows-1252.  On short texts
# with a few non-ASCII bytes charset-normalizer often ranks another code page first by a hair
# ("£45m" came back as cp932, "€45 million" with curly quotes as cp864, chaos 0.0 against
# 0.03): Windows-1252 wins when its chaos is within this margin of the best.  Text in
# another script (Cyrillic or Greek in cp1251/cp1253) reads as chaos in Windows-1252 and
# keeps its detected encoding.
_PREFERRED_LEGACY = "cp1252"
_PREFERENCE_MARGIN = 0.05


def decode_bytes(data: bytes) -> tuple[str, str] | str:
    """(text, encoding name), or a string saying why the bytes are not article text."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            return f"binary file ({what}), not an article"
    if data[4:8] == b"ftyp":
        return "binary file (an MP4/MOV media file), not an article"
    if data.startswith(codecs.BOM_UTF8):
        return _checked(_try(data[3:], "utf-8", "utf-8-sig"))
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return _checked(_try(data, "utf-32", "utf-32"))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _checked(_try(data, "utf-16", "utf-16"))
    if b"\x00" in data[:_SNIFF]:
        return "binary file (NUL bytes), not an article"
    try:
        return _checked((data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError:
        pass
    return _checked(_legacy(data))


def _try(data: bytes, codec: str, name: str) -> tuple[str, str] | str:
    try:
        return data.decode(codec), name
    except UnicodeDecodeError as exc:
        return f"invalid {name} text at byte {exc.start}"


def _checked(decoded: tuple[str, str] | str) -> tuple[str, str] | str:
    """Refuse decoded text that is mostly control characters: a binary format we do not know."""
    if isinstance(decoded, str):
        return decoded
    sample = decoded[0][:_SNIFF]
    if sample and len(_CONTROL.findall(sample)) > _MAX_CONTROL_SHARE * len(sample):
        return "binary file (control characters), not an article"
    return decoded


def _legacy(data: bytes) -> tuple[str, str] | str:
    """An 8-bit encoding as charset-normalizer detects it, Windows-1252 on a near tie."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return "binary file or unknown text encoding, not an article"
    if best.encoding != _PREFERRED_LEGACY:
        preferred = from_bytes(data, cp_isolation=[_PREFERRED_LEGACY]).best()
        if preferred is not None and preferred.chaos <= best.chaos + _PREFERENCE_MARGIN:
            best = preferred
    return str(best), best.encoding
