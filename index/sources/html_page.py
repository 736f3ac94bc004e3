"""Read a saved HTML article page: displayed headline, clean body, date, canonical URL, site.

trafilatura finds the article's text and the page's metadata. Around it, rules that hold for
Indonesian news sites in general and that measure better on the real pages
(``python -m bench.eval_html``):

- furniture is dropped from the page before trafilatura reads it: elements whose class or id
  names a caption, byline, share bar, "Baca juga" box… (``index/data/html_furniture.txt``), and
  then lines of the extracted text that are only a link (a related story's title) or that
  ``index/data/furniture.tsv`` knows;
- the headline is the visible heading that the page's own titles (og:title, JSON-LD, <title>)
  contain, so " - Kompas.com" and "KapanLagi.com: " fall away while the displayed punctuation
  stays;
- the date comes from the page's metadata first (JSON-LD, meta tags, ``<time itemprop>``), then
  from the dateline shown by the headline, and only then from trafilatura's guess: dates inside
  the story ("(4/11/205)") never count.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime
from functools import cache
from urllib.parse import urlsplit

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.metadata import extract_metadata

from index.data_files import data_lines
from index.dates import parse_date_field
from index.outlets import registered_domain
from index.sources.cleaning import clean_text, decode_bytes
from index.sources.furniture import strip_furniture
from index.sources.text_page import DATELINE

# Meta tags that carry the publication time, most specific first (name, property or itemprop).
DATE_META = (
    "article:published_time", "og:article:published_time", "article.published",
    "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
    "publish_date", "pub_date", "dtk:publishdate", "dc.date.issued", "dc.date.created",
    "dc.date", "date", "sailthru.date", "parsely-pub-date",
)
SECTION_META = ("article:section", "og:article:section", "section", "kanal")
TAG_META = ("article:tag", "og:article:tag", "news_keywords", "keywords")
MAX_TAGS = 20
HEADING_TAGS = ("h1", "h2", "h3")
DATELINE_WINDOW = 400  # characters of page text after the headline searched for its date
DATELINE_LEVELS = 4  # how far up from the headline the page text around it is looked for
PROSE_PARAGRAPH_CHARS = 100  # unlinked text of a paragraph of prose, not of a caption
FURNITURE_BLOCK_CHARS = 600  # a "Baca juga" block longer than this is left alone
LINK_LINE_WORDS = 25  # a line mostly link text and at most this long is another story's title
LINKED_SHARE = 0.6  # share of such a line's characters that are link text
LINK_BOX_SHARE = 0.4  # share of link text in a "Baca juga" block
HEAD_LINES = 12  # lines above the story that may be furniture (kicker, byline, caption, date)
HEADER_LINE_WORDS = 15  # a line above the story this short may be its kicker, byline or date
DATE_LINE_WORDS = 8  # "Jum'at, 19 Juni 2015 | 13:12 WIB": a date line, not a sentence
STORY_PARAGRAPH_WORDS = 25  # a paragraph this long is the story's, not the page header's
TAIL_LINE_WORDS = 15  # a line after the last sentence this short, without a sentence end, goes

_TITLE_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|»|·)\s+|(?<=\.com):\s+|(?<=\.id):\s+")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
_HAS_WORD = re.compile(r"\w")
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*$")
_AUTHOR_CODE = re.compile(r"[(\[][\w/ .,&*+-]{1,30}[)\]]")  # "(fyk/ash)", "[ian]", "(red1)"
_ARCHIVE_PREFIX = re.compile(r"^https?://web\.archive\.org/web/\d+[a-z_]*/(?=https?://)", re.I)
_NAME_SPLIT = re.compile(r"[\s|:,»]+")
_ZONE_SUFFIX = re.compile(r"(?:Z|[+-]\d\d:?\d\d)+\s*$")
_LINK_BOX_TAGS = {"p", "div", "ul", "ol", "table", "section", "span", "strong", "b", "h2", "h3",
                  "h4", "h5", "h6"}
_INLINE_TAGS = {"a", "b", "strong", "em", "i", "u", "span", "br", "sup", "sub", "small", "font",
                "abbr", "q", "mark", "time", "cite", "s", "del", "ins", "code", "label"}
_BLOCK_TAGS = {"p", "head", "item", "quote", "row", "list", "table", "code"}  # trafilatura's


@cache
def _furniture_rules() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    kinds: dict[str, list[str]] = {"element": [], "box": [], "heading": []}
    for line in data_lines("html_furniture.txt"):
        kind, pattern = line.split("\t", 1)
        kinds[kind].append(pattern.strip())
    box = re.compile("|".join(f"(?:{p})" for p in kinds["box"]), re.IGNORECASE)
    heading = re.compile("|".join(f"(?:{p})" for p in kinds["heading"]), re.IGNORECASE)
    return frozenset(kinds["element"]), box, heading


def read_html_page(raw: bytes | str, *, url_hint: str = "") -> dict:
    """The article on a saved page: title, body, published, url, source, category, tags.

    `published` is a naive datetime in Asia/Jakarta time, or None; `url` is the page's canonical
    link, else `url_hint`; `body` is clean text, paragraphs separated by a blank line.
    """
    text = decode_bytes(raw) if isinstance(raw, bytes) else raw
    tree = _parse(text)
    if tree is None:
        return _empty(url_hint)
    meta = _meta_tags(tree)
    linked_data = _linked_data(tree)
    url = _canonical_url(tree, meta, linked_data) or url_hint
    domain = registered_domain(url)
    titles = _page_titles(tree, meta, linked_data)
    bare_titles = [_stripped_title(t, domain, meta) for t in titles]
    heading = _displayed_heading(tree, bare_titles)
    found = extract_metadata(tree, default_url=url or None)  # trafilatura's reading, the fallback
    title = _squash(heading.text_content()) if heading is not None else ""
    title = title or next(filter(None, bare_titles), "") or _stripped_title(
        found.title or "", domain, meta)
    dateline = _dateline_date(heading) if heading is not None else None
    return {
        "title": title,
        "body": _article_text(tree, heading, url, title),
        "published": _published(_metadata_date(tree, meta, linked_data), dateline, found.date),
        "url": url,
        "source": _source(meta, titles, title, domain),
        "category": _category(meta, linked_data, found.categories),
        "tags": _tags(meta, linked_data, found.tags),
    }


def _empty(url: str) -> dict:
    return {"title": "", "body": "", "published": None, "url": url,
            "source": registered_domain(url), "category": "", "tags": []}


def _parse(text: str) -> lxml.html.HtmlElement | None:
    if not text.strip():
        return None
    # Bytes with an explicit parser encoding: a page's own charset declaration is often wrong
    # (pages that say iso-8859-1 but are UTF-8), and the text is already decoded.
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)
    try:
        return lxml.html.document_fromstring(text.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError):
        return None


def _squash(text: str) -> str:
    return " ".join(text.split())


def _alnum(text: str) -> str:
    return _NOT_ALNUM.sub("", text.lower())


# Metadata --------------------------------------------------------------------------------------

def _meta_tags(tree: lxml.html.HtmlElement) -> dict[str, list[str]]:
    """Every <meta> by lower-cased name/property/itemprop, values in page order."""
    found: dict[str, list[str]] = {}
    for element in tree.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop")
        value = _squash(element.get("content") or "")
        if key and value:
            found.setdefault(key.strip().lower(), []).append(value)
    return found


def _linked_data(tree: lxml.html.HtmlElement) -> list[dict]:
    """JSON-LD objects of the page, @graph members flattened, unreadable blocks skipped."""
    objects: list[dict] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                objects.append(item)
                stack.extend(g for g in item.get("@graph", []) if isinstance(g, dict))
    return objects


def _ld_values(linked_data: list[dict], key: str) -> Iterator[str]:
    for item in linked_data:
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            yield _squash(value)
        elif isinstance(value, dict) and isinstance(value.get("@id"), str):
            yield value["@id"].strip()
        elif isinstance(value, list):
            yield from (_squash(v) for v in value if isinstance(v, str) and v.strip())


def _canonical_url(tree: lxml.html.HtmlElement, meta: dict[str, list[str]],
                   linked_data: list[dict]) -> str:
    candidates = [link.get("href") or "" for link in tree.iter("link")
                  if (link.get("rel") or "").strip().lower() == "canonical"]
    candidates += meta.get("og:url", [])
    candidates += list(_ld_values(linked_data, "mainEntityOfPage"))
    candidates += list(_ld_values(linked_data, "url"))
    for candidate in candidates:
        candidate = candidate.strip()
        if candidate.startswith("//"):
            candidate = "http:" + candidate
        if candidate.startswith(("http://", "https://")) and urlsplit(candidate).path.strip("/"):
            return _ARCHIVE_PREFIX.sub("", candidate)
    return ""


def _source(meta: dict[str, list[str]], titles: list[str], headline: str, domain: str) -> str:
    """The site's name as the page writes its domain ("Kompas.com"), else the domain itself.

    og:site_name is often a channel ("detikinet", "sepakbola") or the whole title; only a name
    that is the domain itself is taken, so one outlet gets one name across its pages. A page
    without its address gets og:site_name, else what its <title> adds to the headline.
    """
    if not domain:
        return next(iter(meta.get("og:site_name", [])), "") or _title_addition(titles, headline)
    root = domain.split(".")[0]
    wanted = _alnum(domain)
    for candidate in meta.get("og:site_name", []) + titles:
        for word in _NAME_SPLIT.split(candidate):
            word = word.strip("-–—()[]").removeprefix("www.")
            shouting = word[:len(root)].isupper() and len(root) > 3  # "KOMPAS.com": look on
            if _alnum(word) == wanted and not shouting:
                return word
    return domain


def _title_addition(titles: list[str], headline: str) -> str:
    """"ANTARA News" from "29 penerbangan … dibatalkan - ANTARA News" and its headline."""
    for title in titles:
        if headline and title.startswith(headline) and len(title) > len(headline):
            return _TITLE_SEPARATOR.sub(" ", " " + title[len(headline):] + " ").strip(" -|:")
    return ""


def _category(meta: dict[str, list[str]], linked_data: list[dict],
              guessed: list[str] | None) -> str:
    for key in SECTION_META:
        if meta.get(key):
            return meta[key][0]
    for value in _ld_values(linked_data, "articleSection"):
        return value
    return guessed[0] if guessed else ""


def _tags(meta: dict[str, list[str]], linked_data: list[dict],
          guessed: list[str] | None) -> list[str]:
    sources = [meta[key] for key in TAG_META if meta.get(key)]
    sources.append(list(_ld_values(linked_data, "keywords")))
    sources.append(guessed or [])
    for values in sources:
        tags: list[str] = []
        for value in values:
            for tag in re.split(r"\s*[,;]\s*", value):
                tag = tag.strip()
                if tag and tag.lower() not in {t.lower() for t in tags}:
                    tags.append(tag)
        if tags:
            return tags[:MAX_TAGS]
    return []


# Headline --------------------------------------------------------------------------------------

def _page_titles(tree: lxml.html.HtmlElement, meta: dict[str, list[str]],
                 linked_data: list[dict]) -> list[str]:
    """The page's own statements of its title, cleanest first."""
    titles = list(_ld_values(linked_data, "headline"))
    for key in ("og:title", "twitter:title", "title", "originaltitle", "dc.title"):
        titles += meta.get(key, [])
    titles += [_squash(t.text_content()) for t in tree.iter("title")]
    return [t for t in dict.fromkeys(titles) if t]


def _displayed_heading(tree: lxml.html.HtmlElement,
                       titles: list[str]) -> lxml.html.HtmlElement | None:
    """The visible element that shows the headline the page's own titles state.

    Compared on letters and digits only, because a <title> often drops the headline's colon or
    question mark. An h1 (else h2, h3) counts when a title contains its text and it covers half
    of that title, so that a section name ("Regional") is not taken for the headline; a title
    that it equals exactly beats one that merely contains it (a logo h1 that repeats the
    whole <title>). Failing headings, any other element that shows a title exactly.
    """
    wanted = {_alnum(t) for t in titles} - {""}
    if not wanted:
        return None
    contained = None
    for tag in HEADING_TAGS:
        for heading in tree.iter(tag):
            text = _alnum(heading.text_content())
            if len(text) < 10:
                continue
            if text in wanted:
                return heading
            if contained is None and any(text in w and 2 * len(text) >= len(w) for w in wanted):
                contained = heading
    if contained is not None:
        return contained
    for element in tree.iter("div", "span", "p", "strong", "b", "h4", "h5", "h6"):
        if len(element) > 3:
            continue  # a headline's element holds its text, not a block of others
        in_link = next(element.iterancestors("a"), None) is not None
        if not in_link and _alnum(element.text_content()) in wanted:
            return element
    return None


_DOMAIN_LIKE = re.compile(r"^(?:www\.)?[\w-]+(?:\.[a-z]{2,3}){1,2}$", re.IGNORECASE)


def _stripped_title(title: str, domain: str, meta: dict[str, list[str]]) -> str:
    """A title with the site's name cut from either end ("… - Kompas.com", "KapanLagi.com: …")."""
    root = _alnum(domain.split(".")[0]) if domain else ""
    site_names = {_alnum(n) for n in meta.get("og:site_name", [])} - {""}

    def names_the_site(part: str) -> bool:
        key = _alnum(part)
        return bool((root and root in key) or key in site_names or _DOMAIN_LIKE.match(part.strip()))

    parts = [p for p in _TITLE_SEPARATOR.split(title) if p.strip()]
    while len(parts) > 1 and names_the_site(parts[-1]):
        parts.pop()
    while len(parts) > 1 and names_the_site(parts[0]):
        parts.pop(0)
    if not parts:
        return ""
    # What is left, with the separators the title had between those parts.
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return _squash(title[start:end])


# Date ------------------------------------------------------------------------------------------

def _metadata_date(tree: lxml.html.HtmlElement, meta: dict[str, list[str]],
                   linked_data: list[dict]) -> tuple[datetime, str] | None:
    """The publication time the page states for machines, with the text it was read from."""
    values = list(_ld_values(linked_data, "datePublished"))
    for key in DATE_META:
        values += meta.get(key, [])
    for element in tree.xpath("//*[@itemprop='datePublished'] | //time[@pubdate]"):
        values.append(element.get("datetime") or element.get("content") or element.text_content())
    for value in values:
        moment = parse_date_field(value)
        if moment is not None:
            return moment, value
    return None


def _dateline_date(heading: lxml.html.HtmlElement) -> datetime | None:
    """The date shown with the headline ("Rabu, 4 November 2015 | 21:04 WIB"), if any.

    Read from the page text right after the headline, else right before it (some sites show
    the date above the headline); never from the story further down.
    """
    headline = _squash(heading.text_content())
    around = heading
    for _ in range(DATELINE_LEVELS):
        parent = around.getparent()
        if parent is None:
            break
        around = parent
        text = _squash(around.text_content())
        if len(text) > len(headline) + DATELINE_WINDOW:
            break
    text = _squash(around.text_content())
    at = text.find(headline)
    if at < 0:
        return None
    after = text[at + len(headline):at + len(headline) + DATELINE_WINDOW]
    before = text[max(0, at - DATELINE_WINDOW // 2):at]
    return _first_date(after) or _first_date(before)


_DATE_WITH_TEXT = re.compile(
    r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\d{4}-\d\d-\d\d"
    r"|\d{1,2}\s+[^\W\d_]{3,9}\.?,?\s+\d{4}"
)
_DATE_FIRST = re.compile(rf"(?:[^\W\d_][\w'’]*,?\s+)?(?:{_DATE_WITH_TEXT.pattern})")  # "Kamis, 5 …"
_AT_BEFORE_TIME = re.compile(r"(?<=\d)\s+(?:at|@)\s+(?=\d{1,2}[:.]\d\d)", re.IGNORECASE)


def _first_date(text: str) -> datetime | None:
    """The first date (with its time, when one follows) written in a line of page text."""
    for match in _DATE_WITH_TEXT.finditer(text):
        piece = _AT_BEFORE_TIME.sub(" ", text[max(0, match.start() - 20):match.end() + 30])
        moment = parse_date_field(piece)
        if moment is not None:
            return moment
    return None


def _published(metadata: tuple[datetime, str] | None, dateline: datetime | None,
               guessed: str | None) -> datetime | None:
    """The page's metadata, else the headline's dateline, else trafilatura's guess."""
    if metadata is None:
        return dateline or (parse_date_field(guessed) if guessed else None)
    moment, written = metadata
    if dateline is None or _same_minute(dateline, moment):
        return moment
    # A page that writes its local time with a "Z" ("2015-11-05 T10:08:58Z" beside "10:08 WIB"):
    # the clock as written is right, the zone is not.
    wall_clock = parse_date_field(_ZONE_SUFFIX.sub("", written.strip()))
    if wall_clock is not None and _same_minute(dateline, wall_clock):
        return wall_clock
    # Metadata with the date alone: the dateline adds the time.
    if _is_midnight(moment) and dateline.date() == moment.date():
        return dateline
    return moment


def _same_minute(one: datetime, other: datetime) -> bool:
    return one.replace(second=0, microsecond=0) == other.replace(second=0, microsecond=0)


def _is_midnight(moment: datetime) -> bool:
    return (moment.hour, moment.minute, moment.second) == (0, 0, 0)


# Body ------------------------------------------------------------------------------------------

def _article_text(tree: lxml.html.HtmlElement, heading: lxml.html.HtmlElement | None, url: str,
                  title: str) -> str:
    """The story's clean text. Changes `tree`: its furniture is dropped first."""
    container = _prose_container(tree)
    _drop_furniture(tree, container)
    if container is None:
        document = _extract(tree, url)
        return _body(document.body if document is not None else None, title)
    _wrap_loose_text(container)
    # Read the story where the page shows it: the block holding both the headline and the
    # paragraphs, not the menus and sidebars around them.
    article = _article_element(heading, container)
    document = _extract(article if article is not None else tree, url)
    body = document.body if document is not None else None
    if not _covers(body, container):
        # trafilatura settled on another block (a list of other stories): read the block that
        # holds the page's paragraphs instead.
        fallback = _extract(container, url)
        if fallback is not None and fallback.body is not None:
            body = fallback.body
    return _body(body, title)


def _extract(tree: lxml.html.HtmlElement, url: str):
    # favor_recall: on the saved pages it keeps first paragraphs that the default and
    # favor_precision drop, and the furniture it lets through is removed here anyway.
    return trafilatura.bare_extraction(
        tree, url=url or None, favor_recall=True, include_links=True, include_comments=False,
        include_images=False, include_tables=True,
    )


def _drop_furniture(tree: lxml.html.HtmlElement, container: lxml.html.HtmlElement | None) -> None:
    """Remove captions, bylines, share bars and link boxes from the page, in place.

    The article's container and its ancestors stay, whatever their class says: sloppy markup
    leaves the story inside a "detail-img" or "author-and-share" box often enough.
    """
    elements, box, heading = _furniture_rules()
    protected = {container, *container.iterancestors()} if container is not None else set()
    doomed = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element in protected:
            continue
        if element.tag in elements:
            doomed.append(element)
            continue
        names = f"{element.get('class') or ''} {element.get('id') or ''}"
        if names.strip() and box.search(names):
            doomed.append(element)
        elif element.tag in _LINK_BOX_TAGS and heading.match(_first_text(element)):
            text = _squash(element.text_content())
            if len(text) <= FURNITURE_BLOCK_CHARS and _linky(element):
                doomed.append(element)
    for element in doomed:
        if element.getparent() is not None and not _holds_prose(element):
            element.drop_tree()


def _prose_container(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The element holding the most paragraph text directly: the article body's container."""
    best, best_chars = None, 0
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style", "head"):
            continue
        chars = len((element.text or "").strip())
        for child in element:
            if child.tag == "p" or (child.tag in ("div", "span") and all(map(_is_inline, child))):
                chars += len(child.text_content().strip())
            chars += len((child.tail or "").strip())
        if chars > best_chars:
            best, best_chars = element, chars
    return best


def _holds_prose(element: lxml.html.HtmlElement) -> bool:
    """Two paragraphs of unlinked prose or more: a story's text, whatever the box is called."""
    paragraphs = 0
    for paragraph in element.iter("p"):
        text = len(paragraph.text_content().strip())
        links = sum(len(a.text_content().strip()) for a in paragraph.iter("a"))
        paragraphs += text - links >= PROSE_PARAGRAPH_CHARS
        if paragraphs >= 2:
            return True
    return False


def _first_text(element: lxml.html.HtmlElement) -> str:
    """The start of an element's text, read no further than its first words."""
    for piece in element.itertext():
        if piece.strip():
            return piece.lstrip()
    return ""


def _linky(element: lxml.html.HtmlElement) -> bool:
    text = len(_squash(element.text_content())) or 1
    links = sum(len(_squash(a.text_content())) for a in element.iter("a"))
    return links / text >= LINK_BOX_SHARE


def _lines(element: etree._Element) -> Iterator[tuple[str, int]]:
    """Lines of trafilatura's output tree, each with how many of its characters are link text."""
    line: list[str] = []
    linked = 0

    def flush() -> Iterator[tuple[str, int]]:
        nonlocal line, linked
        text = _squash("".join(line))
        if text:
            yield text, linked
        line, linked = [], 0

    def walk(node: etree._Element) -> Iterator[tuple[str, int]]:
        nonlocal linked
        block = node.tag in _BLOCK_TAGS
        if block or node.tag == "lb":
            yield from flush()
        if node.tag == "cell":
            line.append(" ")
        if node.text:
            line.append(node.text)
            if node.tag == "ref":
                linked += len(_squash(node.text))
        for child in node:
            yield from walk(child)
            if child.tail:
                line.append(child.tail)
        if block:
            yield from flush()

    for child in element:
        yield from walk(child)
    yield from flush()


def _body(body_tree: etree._Element | None, title: str) -> str:
    if body_tree is None:
        return ""
    kept = []
    for text, linked in _lines(body_tree):
        if linked >= LINKED_SHARE * len(text) and len(text.split()) <= LINK_LINE_WORDS:
            continue  # the title of another story
        kept.append(text)
    paragraphs = [p for p in clean_text("\n\n".join(kept)).split("\n\n") if _HAS_WORD.search(p)]
    paragraphs = strip_furniture(_trim_head(paragraphs, title))
    return "\n\n".join(_trim_tail(paragraphs))


def _article_element(heading: lxml.html.HtmlElement | None,
                     container: lxml.html.HtmlElement | None) -> lxml.html.HtmlElement | None:
    """The smallest element holding both the headline and the article's paragraphs."""
    if heading is None or container is None:
        return None
    around_heading = {heading, *heading.iterancestors()}
    for element in (container, *container.iterancestors()):
        if element in around_heading:
            return None if element.tag in ("html", "body") else element
    return None


def _covers(body_tree: etree._Element | None, container: lxml.html.HtmlElement) -> bool:
    """Whether trafilatura's text holds most of the container's paragraphs."""
    paragraphs = [_alnum(p.text_content()) for p in container.iter("p")]
    paragraphs = [p for p in paragraphs if len(p) >= 40]
    if not paragraphs:
        return True
    extracted = _alnum("".join(body_tree.itertext())) if body_tree is not None else ""
    found = sum(1 for p in paragraphs if p[:60] in extracted)
    return 2 * found >= len(paragraphs)


def _wrap_loose_text(container: lxml.html.HtmlElement) -> None:
    """Put text that sits loose beside block elements into paragraphs of its own.

    "<div>VIVA.co.id - Pianis cilik …<div>Setelah …</div></div>": trafilatura reads the blocks
    and drops the loose text before them, which is the story's first paragraph.
    """
    for element in list(container.iter()):
        if not isinstance(element.tag, str):
            continue
        children = list(element)
        loose = (element.text or "") + "".join(c.tail or "" for c in children)
        if len(loose.strip()) < 20 or all(_is_inline(c) for c in children):
            continue
        rebuilt = []
        paragraph = _new_paragraph(element.text)
        element.text = None
        for child in children:
            element.remove(child)  # its tail leaves with it
            if _is_inline(child):
                paragraph.append(child)
                continue
            tail, child.tail = child.tail, None
            if paragraph.text_content().strip():
                rebuilt.append(paragraph)
            rebuilt.append(child)
            paragraph = _new_paragraph(tail)
        if paragraph.text_content().strip():
            rebuilt.append(paragraph)
        element.extend(rebuilt)


def _is_inline(node: etree._Element) -> bool:
    return not isinstance(node.tag, str) or node.tag in _INLINE_TAGS


def _new_paragraph(text: str | None) -> lxml.html.HtmlElement:
    paragraph = lxml.html.Element("p")
    paragraph.text = text
    return paragraph


def _trim_head(paragraphs: list[str], title: str) -> list[str]:
    """Drop what trafilatura keeps above the story: the headline again and anything before it,
    then a kicker, byline, date line or photo credit; join a lone dateline ("Jakarta -") to the
    paragraph it opens."""
    title_key = _alnum(title)
    for number, paragraph in enumerate(paragraphs[:HEAD_LINES]):
        if title_key and _alnum(paragraph) == title_key:
            paragraphs = paragraphs[number + 1:]
            break
    # The page's own date line ("Jum'at, 19 Juni 2015 | 13:12 WIB") closes the header: a deck
    # or a list of other stories above it is not the story either.
    for number, paragraph in enumerate(paragraphs[:HEAD_LINES]):
        if len(paragraph.split()) >= STORY_PARAGRAPH_WORDS:
            break
        if len(paragraph.split()) <= DATE_LINE_WORDS and _opens_with_date(paragraph):
            paragraphs = paragraphs[number + 1:]
            break
    start = 0
    while start < min(len(paragraphs), HEAD_LINES) and _is_header_line(paragraphs[start]):
        start += 1
    if start < len(paragraphs):
        paragraphs = paragraphs[start:]
    if len(paragraphs) > 1 and DATELINE.fullmatch(paragraphs[0] + " "):
        paragraphs = [paragraphs[0] + " " + paragraphs[1], *paragraphs[2:]]
    return paragraphs


def _is_header_line(paragraph: str) -> bool:
    """A short line above a story that is not its first sentence: "TRAVEL NEWS", "Glery
    Lazuardi", "Kamis, 05/11/2015 10:08 WIB", "Taksi Uber yang terjaring razia"."""
    if DATELINE.match(paragraph + " ") or len(paragraph.split()) > HEADER_LINE_WORDS:
        return False
    return not _SENTENCE_END.search(paragraph) or _opens_with_date(paragraph)


def _opens_with_date(paragraph: str) -> bool:
    opening = _DATE_FIRST.match(paragraph)
    return opening is not None and parse_date_field(opening.group()) is not None


def _trim_tail(paragraphs: list[str]) -> list[str]:
    """Drop short lines without a sentence's end after the story's last sentence ("DINI TEJA",
    "Sumber: Persib"), keeping the author code ("(fyk/ash)") that closes many stories."""
    end = len(paragraphs)
    codes = []
    while end > 0 and not _ends_a_sentence(paragraphs[end - 1]):
        if _AUTHOR_CODE.fullmatch(paragraphs[end - 1]):
            codes.insert(0, paragraphs[end - 1])
        end -= 1
    if end == 0:
        return paragraphs  # no sentence anywhere: nothing to tell the story from its furniture
    return paragraphs[:end] + codes


def _ends_a_sentence(paragraph: str) -> bool:
    """True for prose, also when an author code follows its last sentence ("… tegasnya. (boy)")."""
    words = paragraph.split()
    while len(words) > 1 and _AUTHOR_CODE.fullmatch(words[-1]):
        words.pop()
    if not words:
        return False
    return bool(_SENTENCE_END.search(words[-1])) or len(words) > TAIL_LINE_WORDS
