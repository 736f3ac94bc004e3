"""A court panel's chair named with the panel: "dibacakan oleh majelis hakim yang diketuai
Kolonel Kum Sarifuddin Tarigan", "Majelis hakim Pengadilan Negeri Bandung yang dipimpin hakim
ketua M Saptono". Court news names the presiding judge by the panel that judge chairs, not with
the title beside the name; the chair is a judge, so an official, the role Hakim Ketua."""

from __future__ import annotations

import re
from collections.abc import Iterator

from index.extract.officials.lexicon import SPACE, Lexicon
from index.extract.officials.names import _is_person_name, _may_be_person, _read_name
from index.extract.officials.office_mentions import OfficeMention
from index.extract.officials.tokens import _lex

ROLE = "Hakim Ketua"
# "majelis hakim [its court] yang (di)ketuai (oleh)", "... yang dipimpin (oleh) hakim ketua":
# the panel and its chairing verb in one clause (no full stop, quote or semicolon between)
_CHAIRED = re.compile(
    rf"\b[Hh]akim(?![\w-])[^.;\"“”\n]{{0,80}}?{SPACE}yang{SPACE}+(?:di)?(?:ketuai|pimpin)"
    rf"(?:{SPACE}+oleh)?(?:{SPACE}+[Hh]akim{SPACE}+[Kk]etua)?{SPACE}+"
)


def panel_chairs(text: str, lexicon: Lexicon) -> Iterator[OfficeMention]:
    """The chair of each court panel the text names "yang diketuai" a person."""
    if "akim" not in text:
        return  # most articles: a substring test is much cheaper than the pattern
    for match in _CHAIRED.finditer(text):
        words, _ = _read_name(_lex(text, match.end(), lexicon), 0, lexicon)
        name = " ".join(words)
        if name and _is_person_name(name, lexicon) and _may_be_person(name):
            yield OfficeMention(name, ROLE, match.end())
