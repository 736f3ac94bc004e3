"""Turn raw text from any source into clean paragraphs: encodings, entities, spaces, glue."""

from __future__ import annotations

import html
import re
import unicodedata

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\ufeff\u200c\u200d\u2060\u00ad]")
_MANY_BLANKS = re.compile(r"\n\s*\n+")
# "Cortana.Kecanggihan": a sentence end glued to the next sentence. Lowercase letter or closing
# quote/bracket, a full stop, then a capitalised word; not an abbreviation or a domain name.
_GLUED = re.compile(r"(?<=[a-z\"”')])([.!?])(?=[A-Z][a-z])")
_DOMAIN_BEFORE = re.compile(r"(?:www|[A-Za-z]+\.(?:com|co|id|net|org|go))$")


def decode_bytes(raw: bytes) -> str:
    """Decode file bytes: UTF-8 (with or without BOM), else Windows-1252, which covers latin-1."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _unglue(match: re.Match[str]) -> str:
    before = match.string[max(0, match.start() - 12):match.start()]
    if _DOMAIN_BEFORE.search(before):
        return match.group(1)
    return match.group(1) + " "


def clean_text(text: str) -> str:
    """Normalise a text into paragraphs separated by one blank line, single spaces inside."""
    text = html.unescape(html.unescape(text)) if "&" in text else text
    text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _GLUED.sub(_unglue, text)
    paragraphs = []
    for block in _MANY_BLANKS.split(text):
        lines = [_SPACES.sub(" ", line).strip() for line in block.split("\n")]
        paragraphs.extend(line for line in lines if line)
    return "\n\n".join(paragraphs)
