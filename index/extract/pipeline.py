"""From a draft to an article: its outlet, the date when the source gave none, the regions and the
officials, what people said (with the official each speaker is), and whether it is about
government."""

from __future__ import annotations

from index.article import Article
from index.extract.dates import find_date_in_text
from index.extract.government import is_government
from index.extract.hyphen_names import as_written, joined_names
from index.extract.officials import extract_officials, load_lexicon
from index.extract.officials.figures import add_public_figures
from index.extract.officials.office_holders import add_office_holders
from index.extract.officials.office_mentions import mentions
from index.extract.officials.written_roles import with_written_roles
from index.extract.regions import extract_regions
from index.extract.speaker_officials import officials_from_statements
from index.extract.speakers import linked_statements
from index.extract.statements import find_statements
from index.outlets import outlet_of
from index.sources.article_ids import article_id
from index.sources.drafts import Draft


def make_article(draft: Draft) -> Article:
    published = draft.published
    if published is None:
        published = find_date_in_text(draft.body)
    provinces, regencies = extract_regions(draft.title, draft.body)
    # one name per outlet, from the URL's domain or the name the source writes; a section that
    # name adds ("ANTARA News Otomotif") is kept as the category when the source gives none
    outlet = outlet_of(draft.url, draft.source)
    # people are read in the body with each name's spaced hyphen joined ("Moon Jae - in" as
    # "Moon Jae-in"), the same length, so positions in it are positions in the body
    body, title = joined_names(draft.body), joined_names(draft.title)
    # the offices named in the body, read once for the officials and for the speakers
    office_mentions = list(mentions(body, load_lexicon()))
    officials = extract_officials(title, body, office_mentions)
    statements = as_written(find_statements(body, office_mentions, title), draft.body)
    # people the statements show with an office the officials' reading did not pair with them
    officials = officials_from_statements(body, statements, officials)
    # public figures named without an office in a brief ("Pidato Kenegaraan Prabowo"):
    # officials with no role; the statements' links keep to officials named with an office
    with_figures = add_public_figures(title, body, officials)
    # office holders named without their office on the article's date ("kebijakan Sri Mulyani
    # Indrawati" in 2017): officials with no role, from index/data/office_holders.tsv
    with_figures = add_office_holders(title, body, published, with_figures)
    # their office written beside a nickname: "Pak AHY (Menko Infra)"
    with_figures = with_written_roles(body, with_figures)
    return Article(
        id=article_id(draft),
        title=draft.title,
        body=draft.body,
        url=draft.url,
        source=outlet.name,
        published=published,
        provinces=provinces,
        regencies=regencies,
        officials=with_figures,
        category=draft.category or outlet.section,
        tags=draft.tags,
        statements=linked_statements(statements, officials),
        government=is_government(draft.title, draft.body, draft.url, with_figures),
    )
