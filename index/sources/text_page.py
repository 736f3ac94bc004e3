"""Read an article page saved as plain text (copied from a browser), like the founding article.

The shape: site name, breadcrumb, title, tag line(s), dateline paragraph, body, author code, then
page furniture. Nothing here is specific to one site: the body starts at the dateline (or the first
long paragraph), the title is the longest header line that is not a glued breadcrumb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from index.sources.cleaning import clean_text
from index.sources.furniture import is_furniture_line, strip_furniture

# "PALANGKA RAYA —", "Kasongan -", "JAKARTA, KOMPAS.com -", "Palangka Raya (ANTARA) -"
DATELINE = re.compile(
    r"^[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,3}"
    r"(?:\s*,\s*[\w.]+(?:\s+\d{1,2}/\d{1,2}(?:/\d{2,4})?)?|\s*\([^)]{1,30}\))?"
    r"\s*[—–-]{1,2}\s"
)
_GLUED_WORDS = re.compile(r"[a-z][A-Z]")
_SITE_NAME = re.compile(r"^[\w-]+(?:\.[\w-]+)+$|^[\w.-]+(?:\s+[\w.-]+){0,3}$")
LONG_PARAGRAPH_WORDS = 25


@dataclass
class TextPage:
    title: str = ""
    body: str = ""
    source: str = ""
    category: str = ""
    tags: list[str] = field(default_factory=list)


def _breadcrumb_parts(line: str) -> list[str]:
    return [p.strip() for p in re.sub(r"([a-z])([A-Z])", r"\1|\2", line).split("|") if p.strip()]


def _body_start(blocks: list[str]) -> int | None:
    for i, block in enumerate(blocks):
        if i > 0 and DATELINE.match(block):
            return i
    for i, block in enumerate(blocks):
        if i > 0 and len(block.split()) >= LONG_PARAGRAPH_WORDS:
            return i
    return None


def parse_text_page(text: str) -> TextPage:
    blocks = [b for b in clean_text(text).split("\n\n") if b]
    page = TextPage()
    if not blocks:
        return page
    start = _body_start(blocks)
    if start is None:
        start = min(1, len(blocks) - 1) if len(blocks) > 1 else 0
    header = [b for b in blocks[:start] if not is_furniture_line(b)]
    body = blocks[start:]
    if len(header) >= 2 and _SITE_NAME.match(header[0]) and len(header[0].split()) <= 4:
        page.source = header[0]
        header = header[1:]
    crumbs = [b for b in header if _GLUED_WORDS.search(b) and len(b.split()) <= 8]
    if crumbs:
        parts = [p for p in _breadcrumb_parts(crumbs[0]) if p.lower() not in {"home", "beranda"}]
        page.category = parts[0] if parts else ""
    candidates = [b for b in header if b not in crumbs]
    if candidates:
        page.title = max(candidates, key=lambda b: len(b.split()))
        after_title = candidates[candidates.index(page.title) + 1:]
        for line in after_title:
            if len(line.split()) <= 4 and line == line.lower():
                page.tags.extend(t.strip() for t in line.split(",") if t.strip())
    elif body:
        page.title = body[0] if len(body[0].split()) < LONG_PARAGRAPH_WORDS else ""
    page.body = "\n\n".join(strip_furniture(body))
    return page
