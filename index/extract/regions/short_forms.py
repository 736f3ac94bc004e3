"""Region short forms in a phrase written out in full, for officials' roles."""

from __future__ import annotations

from index.extract.regions.mentions import find_mentions
from index.gazetteer import KIND_WORDS, PROVINCE, gazetteer, normalise, pick_region


def expand_region_short_forms(text: str) -> str:
    """Write region short forms in a phrase out in full, for officials' roles.

    "Wagub Kalteng" -> "Wagub Kalimantan Tengah", "Provinsi Kalteng" -> "Provinsi Kalimantan
    Tengah", "Bupati Kotim" -> "Bupati Kotawaringin Timur" (a kabupaten/kota after a title
    keeps no "Kabupaten"/"Kota", as people write "Bupati Katingan"). Official names and
    places such as seat towns stay as written.
    """
    known = gazetteer()
    regions = known.regions
    pieces = []
    done = 0
    for mention in find_mentions(text, any_case=True):
        form, kind = mention.form, KIND_WORDS.get(mention.before)
        written_as = text[mention.start:mention.end]
        if (normalise(written_as) in known.official or form.place
                or (form.word and kind is None)):
            continue
        name = pick_region(form.regions, regions, kind, standalone=True)
        if name is None or (len(form.regions) > 1 and kind is None):
            written = form.target  # a shared name ("Jogja"): write the form it stands for
        elif regions[name].kind == PROVINCE or written_as.split()[0].lower() in KIND_WORDS:
            written = name  # "Kota Palangkaraya" -> "Kota Palangka Raya"
        else:
            written = regions[name].bare_name
        if written and normalise(written) != normalise(written_as):
            pieces += [text[done:mention.start], written]
            done = mention.end
    return "".join([*pieces, text[done:]])
