"""Who is named where (the sentences' subjects, the timeline of People) read only before the last
place the speakers' resolution asks about gives, before that place, the answers of the whole
reading: on sentences written here and on real articles, at every place before the limit."""

from __future__ import annotations

from itertools import islice

from conftest import corpus_file
from index.extract.officials import load_lexicon
from index.extract.officials.office_mentions import mentions
from index.extract.statements import People, find_statements
from index.extract.statements.cues import load_cues
from index.sources.drafts import Draft
from index.sources.files import read_source

_BODY = (
    "Gubernur Jawa Tengah Budi Santoso meninjau banjir di Demak, Senin. Ia mengatakan air mulai "
    "surut. Sementara itu Rina Kartika Dewi menilai tanggul harus diperbaiki.\n"
    "Menurut dia, perbaikan butuh dua pekan. Warga Desa Sayung, Ahmad Fauzi, mengeluhkan "
    "bantuan yang terlambat. Dia berharap pemerintah segera turun tangan.\n"
    "Budi menambahkan, pemerintah provinsi menyiapkan dana darurat. Ia juga meminta bupati "
    "mendata rumah yang rusak. Rina Kartika Dewi kemudian menyebut tanggul jebol di tiga titik."
)


def _people(body: str, limit: int | None) -> People:
    cues = load_cues()
    people = People(body, cues.titles, list(mentions(body, load_lexicon())))
    for name in ("Budi Santoso", "Rina Kartika Dewi", "Ahmad Fauzi"):
        at = body.find(name)
        if at >= 0:
            people.add(name, None, at)
    if limit is not None:
        people.asked_before(limit)
    people.add_subjects([])
    people.finish([])
    return people


def _answers(people: People, limit: int) -> list[tuple]:
    """What the resolution can ask at each place before `limit`: the latest person named and
    where each person was last named."""
    answers = []
    for at in range(limit):
        latest = people.latest_before(at)
        answers.append((at, latest.name if latest else None,
                        tuple(people.last_named(p, at) for p in people.persons)))
    return answers


def _same_before(body: str, limit: int) -> None:
    whole, limited = _people(body, None), _people(body, limit)
    assert [p.name for p in whole.persons] == [p.name for p in limited.persons]
    assert _answers(limited, limit) == _answers(whole, limit), limit


def test_the_timeline_before_a_limit_is_the_whole_timeline_before_it() -> None:
    for limit in (1, _BODY.find("Ia mengatakan") + 1, _BODY.find("Menurut dia"),
                  _BODY.find("Dia berharap"), _BODY.find("Ia juga"), len(_BODY)):
        _same_before(_BODY, limit)


def test_a_limit_leaves_out_who_is_named_after_it() -> None:
    limit = _BODY.find("Warga Desa")
    whole, limited = _people(_BODY, None), _people(_BODY, limit)
    end = len(_BODY)
    # after the limit the whole reading knows more: Ahmad Fauzi and the later pronouns
    assert _answers(limited, end)[limit:] != _answers(whole, end)[limit:]


def test_real_articles_give_the_same_answers_before_their_last_statement() -> None:
    drafts = [d for d in islice(read_source(str(corpus_file("detik-2025.csv"))), 120)
              if isinstance(d, Draft)]
    checked = 0
    for draft in drafts:
        found = find_statements(draft.body)
        if not found:
            continue
        limit = max(s.start for s in found)
        whole, limited = _people(draft.body, None), _people(draft.body, limit)
        places = range(0, limit, 7)
        assert [
            (at, getattr(whole.latest_before(at), "name", None)) for at in places
        ] == [(at, getattr(limited.latest_before(at), "name", None)) for at in places]
        checked += 1
    assert checked >= 50
