"""Turn raw text from any source into clean paragraphs: encodings, entities, spaces, glue."""

from __future__ import annotations

import html
import re
import unicodedata

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\ufeff\u200c\u200d\u2060\u00ad]")
_MANY_BLANKS = re.compile(r"\n\s*\n+")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")

# UTF-8 read as Windows-1252 or latin-1 ("CafÃ©", "â€œKamiâ€\x9d"): a lead byte's character and
# the continuation bytes' characters. Cp1252 shows continuation bytes 0x80-0x9F as these.
_CP1252_HIGH = "€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ"
_CONTINUATION = "[\u0080-\u00bf" + re.escape(_CP1252_HIGH) + "]"
_MOJIBAKE_LEAD = re.compile("[\u00c2-\u00f4]")
_MOJIBAKE = re.compile(
    rf"[\u00c2-\u00df]{_CONTINUATION}|[\u00e0-\u00ef]{_CONTINUATION}{{2}}"
    rf"|[\u00f0-\u00f4]{_CONTINUATION}{{3}}"
)

# "Cortana.Kecanggihan", "ujarnya.\"Besok", "2015.Pemerintah": a sentence's end glued to the next
# sentence ("Irjen Pol.Ronny" reads better apart too). Not a short abbreviation ("Sp.An",
# "Jl.Sudirman"), a domain ("Kompas.com", "www.Kemenkeu.go.id"), a number ("2.5", "Rp.5") or
# initials ("H.M.", "S.Sos").
_GLUED = re.compile(r"([.!?])(?<=[\w\"”')][.!?])([\"“”]?)(?=[A-Z][a-z])")
_WORD_BEFORE = re.compile(r"(\w+)$")
_DOMAIN_BEFORE = re.compile(r"(?:www|[A-Za-z]+\.(?:com|co|id|net|org|go))$")


def decode_bytes(raw: bytes) -> str:
    """Decode file bytes: UTF-16 or UTF-8 by their byte-order mark, else UTF-8, else
    Windows-1252, which covers latin-1."""
    if raw.startswith(_UTF16_BOMS):
        return raw.decode("utf-16", errors="replace")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _as_bytes(text: str) -> bytes:
    """The bytes that a UTF-8 text showed when read as Windows-1252 (or latin-1 where
    Windows-1252 leaves a byte undefined)."""
    return b"".join(
        char.encode("cp1252") if char in _CP1252_HIGH and char.isprintable()
        else char.encode("latin-1")
        for char in text
    )


def _repair(match: re.Match[str]) -> str:
    try:
        return _as_bytes(match.group()).decode("utf-8")
    except (UnicodeDecodeError, UnicodeEncodeError):
        return match.group()


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as Windows-1252: "CafÃ©" -> "Café", "â€œKami" -> "“Kami"."""
    if text.isascii() or not _MOJIBAKE_LEAD.search(text):
        return text  # the usual case, found cheaply
    return _MOJIBAKE.sub(_repair, text)


def _unglue(match: re.Match[str]) -> str:
    end, quote = match.group(1), match.group(2)
    before = match.string[max(0, match.start() - 40):match.start()]
    word = _WORD_BEFORE.search(before)
    if word is None:  # after a quote or a bracket: "siap.\"Budi", "(24/8).Pemerintah"
        pass
    elif _DOMAIN_BEFORE.search(before[-12:]):
        return match.group()
    elif len(word.group()) <= 2 and word.group()[0].isupper():
        return match.group()  # "Sp.An", "Jl.Sudirman", "S.Sos": an abbreviation
    elif word.group()[0].isdigit() and not word.group().isdigit():
        return match.group()
    if not quote:
        return end + " "
    if quote == "“" or (quote == '"' and _opens_quote(match.string, match.start())):
        return f"{end} {quote}"  # "Presiden.\"Tentunya": the quote opens the next sentence
    return f"{end}{quote} "  # "siap.\"Budi": it closes this one


def _opens_quote(text: str, at: int) -> bool:
    """Whether a straight quote after position `at` opens one: an even count before it in its
    paragraph."""
    paragraph_start = text.rfind("\n", 0, at) + 1
    return text.count('"', paragraph_start, at) % 2 == 0


def is_single_spaced(text: str) -> bool:
    """Whether a text is words parted by single plain spaces, with none at either end, as most
    lines already are: checked far faster than spaces are replaced. (Any other space or
    control character is not printable.)"""
    return text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "


def clean_text(text: str) -> str:
    """Normalise a text into paragraphs separated by one blank line, single spaces inside."""
    text = repair_mojibake(text)
    text = html.unescape(html.unescape(text)) if "&" in text else text
    if not text.isascii():  # most texts are: nothing invisible, nothing to compose
        text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _GLUED.sub(_unglue, text)
    paragraphs = []
    for block in _MANY_BLANKS.split(text):
        lines = [line if is_single_spaced(line) else _SPACES.sub(" ", line).strip()
                 for line in block.split("\n")]
        paragraphs.extend(line for line in lines if line)
    return "\n\n".join(paragraphs)
