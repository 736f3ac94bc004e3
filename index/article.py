"""The one record Kabar keeps per article, whatever the source."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import datetime

from index.dates import has_time_of_day


@dataclass(frozen=True)
class Official:
    name: str
    role: str


@dataclass
class Article:
    id: str
    title: str
    body: str
    url: str = ""
    source: str = ""
    published: datetime | None = None
    provinces: list[str] = field(default_factory=list)
    regencies: list[str] = field(default_factory=list)
    officials: list[Official] = field(default_factory=list)
    category: str = ""
    tags: list[str] = field(default_factory=list)
    # what people said (index/extract/statements), each {"speaker", "role", "cue", "direct",
    # "text", "start", "official"}: `official` is the name in `officials` of the official who
    # spoke, None when the speaker is no official of the article (index/extract/speakers.py)
    statements: list[dict] = field(default_factory=list)
    # about government (index/extract/government.py): the government lens, scope=government
    government: bool = False

    @property
    def content_hash(self) -> str:
        """Hash of everything stored, so re-adding an unchanged article is a no-op."""
        parts = [
            self.title, self.body, self.url, self.source, self.published_text,
            "|".join(self.provinces), "|".join(self.regencies),
            "|".join(f"{o.name}/{o.role}" for o in self.officials),
            self.category, "|".join(self.tags),
            "|".join(f"{s['start']}+{len(s['text'])}/{s['speaker']}/{s['role']}/{s['cue']}/"
                     f"{s['direct']}/{s['official']}" for s in self.statements),
            "government" if self.government else "",
        ]
        return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()

    @property
    def published_text(self) -> str:
        """ISO date, with the time when the source gave one; empty when unknown."""
        if self.published is None:
            return ""
        if not has_time_of_day(self.published):
            return self.published.date().isoformat()
        return self.published.isoformat(timespec="minutes")

    def to_dict(self) -> dict:
        data = asdict(self)
        data["published"] = self.published_text or None
        data["content_hash"] = self.content_hash
        return data
