"""Stretches of an article that name regions without the story being about them.

- A link to another story glued into the text: "Baca juga: Dolar Naik, Perajin Jaket Kulit
  Hentikan Produksi", "(Baca: Kabareskrim Jamin ...)", "Simak juga video: ...". The stretch is
  the other story's headline: the capitalised words after the cue, up to the first word in
  lower case (the next sentence starts one word before it), a full stop, a quote mark, a
  closing bracket or the end of the line.
- A constituency: "Anggota DPR RI Dapil Jawa Barat III Kota Bogor dan Cianjur", "dari daerah
  pemilihan IV meliputi Kabupaten Tapin, Hulu Sungai Tengah, dan Hulu Sungai Selatan" say
  whom a member of parliament represents, not where the story is. The stretch runs from the
  cue over names, numerals, brackets and the words of a list to the first other word.
- Where a statement was made: "ujar Budi di Gedung KPK, Jakarta, Selasa"
  (``statement_venue``).
- A seat of the national government where it meets: "rapat terbatas di Istana Bogor, Jawa
  Barat", "di Gedung DPR, Senayan, Jakarta" (``national_venue``).
- A university's or an institute's name in a person's description: "dosen Universitas
  Brawijaya Malang", "peneliti Institut Teknologi Bandung" (``in_institution_name``).
- A comparison or someone's previous posting: "seperti di Kabupaten Sleman", "dibandingkan
  Kota Surakarta", "sebelumnya menjabat Kepala Dinas Sosial Kabupaten Boyolali"
  (``passing_mention``, the words of region_passing_cues.txt).
- Someone's home address: "korban ... beralamat di Griya Cisaup Serpong RT 01/RW 08,
  Tangerang", "warga Perumahan Griya Samudra, Kecamatan Taman, Kabupaten Sidoarjo"
  (``home_address``).
- A list of people or things with their region in brackets: "Bambang Eka Prasetya (Magelang),
  Ardi Rasyidi (Temanggung)", a league's clubs "Dyvy (Sidoarjo), Bolamania (Gresik)"
  (``annotated_list``).

``index/extract/regions/`` drops a statement's venue, counts a region named in a linked
headline only when the article names it or its province elsewhere, and gives those in a
constituency, a national seat of government, a university's name, an annotated list or, after
the lead, a home address, a comparison or a previous posting no weight (they still confirm a
region named elsewhere).
"""

from __future__ import annotations

import re
from functools import cache

from index.data_files import word_list
from index.extract.pattern_cache import compile_cached
from index.extract.trie_pattern import char_trie, trie_expression

# "kata Budi di Gedung KPK, Jakarta": between a speech verb and "di" only the speaker's name
# and title (capitalised words) and these words; "saat meninjau banjir di Medan" is an event.
SPEECH_VERBS = ("mengatakan", "menyatakan", "menjelaskan", "menegaskan", "mengungkapkan",
                "menuturkan", "menambahkan", "menerangkan", "memaparkan", "berkata", "berujar")
VENUE_GAP_WORDS = frozenset({
    "dia", "ia", "beliau", "kepada", "pada", "wartawan", "awak", "media", "saat", "ketika",
    "usai", "seusai", "sesudah", "setelah", "ditemui", "dijumpai", "dicegat", "dikonfirmasi",
    "dalam", "keterangan", "keterangannya", "tertulis", "konferensi", "jumpa", "pers", "rapat",
    "acara", "sela", "sela-sela", "kegiatan", "wawancara", "diwawancarai", "hal", "itu", "ini",
    "tersebut", "juga", "yang", "dan", "para", "kata", "ujar", "ujarnya", "katanya", "detikcom",
    # a speaker's post: "kata Humas PT Jasa Marga cabang Jakarta - Cikampek, Handoyono, di ..."
    "cabang", "bagian", "bidang", "divisi", "seksi", "unit", "-", "–",
    # a speech is the statement: "kata Zulkifli saat memberi sambutan di Kongres ..., Batam"
    "memberi", "memberikan", "menyampaikan", "sambutan", "sambutannya", "pidato", "pidatonya",
    "berpidato",
    # "ujar Purbaya secara online dalam Media Gathering di Bogor, Jawa Barat"
    "secara", "online", "daring", "virtual",
    # a visit to a place with a name: "kata Mu'ti saat berkunjung ke Bank NTB Syariah di
    # Mataram" (to "pabrik di Kabupaten Karawang", lower case, it stays an event)
    "berkunjung", "mengunjungi", "kunjungan", "kerja", "ke",
    # a meeting or a companion: "kata Sudirman usai menemui Sandiaga di Balai Kota", "jelas
    # Mu'ti didampingi Gubernur NTB Lalu Muhamad Iqbal di Mataram"
    "bertemu", "menemui", "didampingi",
})
# Gatherings where people talk, whose own words (lower case too) may stand between a speech verb
# and "di": "katanya dalam lokakarya kebijakan industri di Surabaya, Jawa Timur". Not a launch or
# an inspection: those are events ("kata Bupati saat meninjau banjir di Kota Medan").
TALK_WORDS = frozenset({
    "lokakarya", "seminar", "diskusi", "webinar", "simposium", "sarasehan", "dialog",
    "talkshow", "kongres", "musyawarah", "forum", "kuliah", "orasi", "ceramah", "pertemuan",
    "rakor", "rakornas", "rakerda", "rakernas", "munas", "muktamar", "halalbihalal",
    "sosialisasi", "pelatihan", "konferensi", "rapat",
})
_TALK_BEFORE = frozenset({"dalam", "pada", "saat", "ketika", "usai", "seusai", "acara"})
# Between "di" and the name of a venue: the place's own name (capitalised words, numbers) and
# these words: "di kantornya, Kalibata, Jakarta Selatan", "di ruang rapat Boarding 3".
VENUE_WORDS = frozenset({
    "kantor", "kantornya", "gedung", "kompleks", "komplek", "kawasan", "ruang", "ruangan",
    "rapat", "aula", "lantai", "jalan", "jl", "markas", "mako", "balai", "rumah", "rumahnya",
    "kediaman", "kediamannya", "istana", "hotel", "gelanggang", "lapangan", "sela", "sela-sela",
    "acara", "kegiatan", "sekitar", "depan", "dalam", "luar", "sebuah", "salah", "satu", "di",
    "dan", "yang", "pada", "nomor", "no", "kota", "kabupaten", "provinsi", "parlemen", "studio",
    "duka", "kampus", "sekolah", "masjid", "gereja", "pendopo", "pendapa", "stadion", "bandara",
    "pelabuhan", "terminal", "stasiun", "mal", "mall", "restoran", "kafe", "posko", "mapolda",
    "mapolres", "mapolresta", "mapolsek", "mabes", "lobi", "halaman", "pelataran", "dpr", "kpk",
})
_VENUE_SEARCH = 160  # characters before a name searched for a speech verb
_GAP_WORD = re.compile(r"[^\s,()]+")
# Each cue opens with a character class and checks what comes before it after that, so that the
# engine scans for those letters only (2.5 times faster than a lookbehind first).
_LINK_CUE = re.compile(
    r"[BbSsLlTt](?<![\w-].)(?:(?<=[Bb])(?i:aca)|(?<=[Ss])(?i:imak)|(?<=[Ll])(?i:ihat)"
    r"|(?<=[Tt])(?i:onton))(?:(?:[ \t\xa0]+(?i:juga))?(?:[ \t\xa0]+(?i:video))?[ \t\xa0]*:"
    r"|(?<=[Aa])[ \t\xa0]+(?i:juga)(?![\w-])"  # "Baca juga" alone, without a colon
    r"|(?<=\([Bb]aca)[ \t\xa0]+(?=[A-Z\"“]))")  # "(Baca Penetapan Calon ...)": a headline follows
_CONSTITUENCY_CUE = re.compile(
    r"[Dd](?<![\w-].)(?i:apil|aerah[ \t\xa0]+pemilihan(?:nya)?)(?![\w-])")
# The words each cue opens with, in lower case: the cues' first letters (b, s, l, t, d) are so
# common that the engine would still try them at most places, so they are tried only where one
# of these stands in the lower-cased text. A text with "İ" (two characters in lower case) or
# "ı" (an "i" only case-blind) is read by the patterns alone.
_LINK_WORDS = ("baca", "simak", "lihat", "tonton")
_CONSTITUENCY_WORDS = ("dapil", "daerah")
_TOKEN = re.compile(r"[^\s]+")
# Words a headline may keep in lower case: "Pengungsi Gempa di Cianjur Butuh Tenda".
HEADLINE_SMALL_WORDS = frozenset({
    "di", "ke", "dari", "dan", "yang", "untuk", "per", "vs", "atau", "hingga", "pada",
    "dengan", "soal", "jadi", "usai", "bagi", "oleh",
})
# Words between the names of a constituency's list: "III (Kota Bogor dan Cianjur)",
# "IV meliputi Kabupaten Tapin, ...".
CONSTITUENCY_WORDS = frozenset({
    "dan", "serta", "meliputi", "mencakup", "yaitu", "yakni", "dapil", "kab", "kota",
    "kabupaten", "provinsi",
})
# Words that start the name of a place of higher learning.
INSTITUTION_WORDS = frozenset({
    "universitas", "institut", "politeknik", "akademi", "uin", "iain", "stain",
})
_LINK_MAX = 200
_CONSTITUENCY_MAX = 160
_INSTITUTION_WORDS_BACK = 6


@cache
def _speech_pattern() -> re.Pattern[str]:
    """A speech verb: the short and passive cues of statement_cues.tsv ("kata", "ujarnya",
    "disampaikan") and SPEECH_VERBS. Shaped as a trie, compiled once per machine."""
    words = list(SPEECH_VERBS)
    for line in word_list("statement_cues.tsv"):
        word, _, kind = line.partition("\t")
        word, kind = word.strip().lower(), kind.strip()
        if kind in ("after", "after-nya"):
            words += [word, f"{word}nya"]
        elif kind == "passive":
            words.append(word)
    trie = trie_expression(char_trie(sorted(set(words))), re.escape)
    return compile_cached("speech-verbs", rf"(?<![\w-])(?i:{trie})(?![\w-])")


_DI = re.compile(r"(?<![\w-])di(?![\w-])")
_DI_KE = re.compile(r"(?<![\w-])(?:di|ke)(?![\w-])")
# Where a sentence or a quote ends: not at the dot of "VIVA.co.id" or of an initial ("M.").
_SENTENCE_BREAK = re.compile(r"[\n\"“”]|(?<![\s(][A-Z])[.!?](?=\s)")


# After a venue's name, its day and an active speech verb: "Kasubdit Gakkum Ditpolair Polda NTB
# AKBP I Dewa Wijaya di Mataram, Minggu, mengatakan ..." (the speaker's place, ANTARA's style).
_DAY_THEN_VERB = re.compile(
    r"[ \t\xa0]*,[ \t\xa0]*(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)"
    r"(?:[ \t\xa0]*\([^()\n]{1,25}\))?(?:[ \t\xa0]+(?:pagi|siang|sore|malam))?[ \t\xa0]*,?"
    rf"[ \t\xa0]*(?:{'|'.join(SPEECH_VERBS)})(?![\w-])")
_NAME_BEFORE_DI = re.compile(r"(?:[A-Z][\w'’.-]*|\))[ \t\xa0]*,?[ \t\xa0]+di[ \t\xa0]+$")


def _venue_then_verb(text: str, at: int, end: int) -> bool:
    """Whether the name at `at`..`end` is a speaker's place before the speech verb: "Dewa
    Wijaya di Mataram, Minggu, mengatakan": a name or title, "di", the place (its venue
    words allowed), the day, the verb. Not "banjir terjadi di Mataram, Minggu, kata dia"."""
    if not _DAY_THEN_VERB.match(text, end):
        return False
    window = text[max(0, at - 100):at]
    di = window.rfind(" di ")
    if di < 0 or not all(word[0].isupper() or word[0].isdigit() or word.lower() in VENUE_WORDS
                         for word in _GAP_WORD.findall(window, di + 4)):
        return False
    return bool(_NAME_BEFORE_DI.search(window, 0, di + 4))


def statement_venue(text: str, at: int, start: int, end: int = -1) -> bool:
    """Whether a name at `at` is where a statement was made: "ujar Juru Bicara KPK Budi
    Prasetyo di Gedung Merah Putih KPK, Jakarta, Selasa", "kata dia saat ditemui di Balai
    Kota, Jakarta Pusat". The place a person spoke in is not what the story is about (the
    dateline says where it was written); "kata Bupati saat meninjau banjir di Kota Medan"
    and "kata Royke di sela-sela peninjauan jalur tol Brebes Timur, Jawa Tengah" are
    events, and count."""
    window = max(start, at - _VENUE_SEARCH)
    if text.find(" di ", window, at) < 0:
        return False
    if end >= 0 and _venue_then_verb(text, at, end):
        return True
    for sentence in _SENTENCE_BREAK.finditer(text, window, at):
        window = sentence.end()
    # a capitalised word after another word is part of a name ("Zona Nilai Tanah"), no verb
    verbs = [verb for verb in _speech_pattern().finditer(text, window, at)
             if not (verb.group()[0].isupper()
                     and text[max(0, verb.start() - 8):verb.start()].rstrip()[-1:].isalpha())]
    if not verbs:
        return False
    last = verbs[-1]
    di = _DI.search(text, last.end(), at)
    if di is None:
        return False
    gap = _GAP_WORD.findall(text, last.end(), di.start())
    # "katanya dalam lokakarya kebijakan industri di Surabaya": a talk's own words are its name
    talk = next((k for k in range(1, len(gap)) if gap[k].lower() in TALK_WORDS
                 and gap[k - 1].lower() in _TALK_BEFORE), len(gap))
    # a name with a capital inside is a name too: "saat ditemui detikBali di sela Konferda ..."
    return all(not word.islower() or word[0].isdigit() or word.lower() in VENUE_GAP_WORDS
               for word in gap[:talk]) and all(
        word[0].isupper() or word[0].isdigit() or word.lower() in VENUE_WORDS
        for word in _GAP_WORD.findall(text, di.end(), at))


# Words of a venue that is a seat of the national government, where it meets: "di Istana
# Bogor, Jawa Barat", "di Gedung Nusantara II DPR, Senayan, Jakarta"; and of the national
# bodies with one seat, a court, a prosecutor, police headquarters, a commission: "sidang di
# Gedung MK, Jakarta Pusat", "di Mabes Polri, Jakarta". (Where a witness is examined, "di
# gedung KPK, Kuningan, Jakarta Selatan", is part of the story.)
NATIONAL_VENUE_WORDS = frozenset({
    "istana", "dpr", "mpr", "dpd", "parlemen", "kementerian", "kemenko", "bappenas", "mk",
    "konstitusi", "kejagung", "bareskrim", "mabes", "komnas",
})
_NATIONAL_SEARCH = 100


def national_venue(text: str, at: int, start: int = 0) -> bool:
    """Whether a name at `at` is the address of a national seat of government where something
    was held: "rapat terbatas di Istana Bogor, Jawa Barat", "di Gedung DPR, Senayan, Jakarta",
    "mengundang para kepala daerah ke Istana Bogor". A meeting of the national government
    there is not a story about the region (a dateline still is). Between "di" or "ke" and the
    name only the venue's words (capitalised, numbers, VENUE_WORDS), one of them a
    NATIONAL_VENUE_WORDS."""
    window = max(start, at - _NATIONAL_SEARCH)
    if text.find("di ", window, at) < 0 and text.find("ke ", window, at) < 0:
        return False
    for sentence in _SENTENCE_BREAK.finditer(text, window, at):
        window = sentence.end()
    found = None
    for di in _DI_KE.finditer(text, window, at):
        found = di
    if found is None:
        return False
    words = _GAP_WORD.findall(text, found.end(), at)
    # "kantor DPD Partai Golkar Jawa Timur" is a party's regional board, not the national DPD
    return "partai" not in map(str.lower, words) and any(
        word.lower() in NATIONAL_VENUE_WORDS for word in words) and all(
        word[0].isupper() or word[0].isdigit() or word.lower() in VENUE_WORDS
        for word in words)


def _capitalised(token: str) -> bool:
    first = token.lstrip("(\"'“‘")[:1]
    return bool(first) and not first.islower()


def _link_end(text: str, start: int) -> int:
    """Where a linked story's headline that starts at `start` ends."""
    limit = min(len(text), start + _LINK_MAX)
    newline = text.find("\n", start, limit)
    limit = newline if newline >= 0 else limit
    end, previous_start, words = start, start, 0
    for token in _TOKEN.finditer(text, start, limit):
        word = token.group()
        if word[0] in "\"“”" or (words and word[0] == "("):
            return end
        if not _capitalised(word) and word.lower().rstrip(",:") not in HEADLINE_SMALL_WORDS:
            return previous_start if words > 1 else end  # the next sentence's first word
        previous_start, end, words = end, token.end(), words + 1
        closing = word.find(")")
        if closing >= 0:
            return token.start() + closing
        if word[-1] in ".!?" and len(word) > 2:
            return end
    return end


def _constituency_end(text: str, start: int) -> int:
    """Where a constituency's names that start at `start` end."""
    end = start
    for token in _TOKEN.finditer(text, start, min(len(text), start + _CONSTITUENCY_MAX)):
        word = token.group()
        bare = word.strip(",:;.()").lower()
        if not (_capitalised(word) or bare in CONSTITUENCY_WORDS or word in ",:()"):
            break
        end = token.end()
        if word[-1] in ".;" or "\n" in text[start:end]:
            break
    return end


def _cues(pattern: re.Pattern[str], words: tuple[str, ...], text: str, lowered: str | None,
          start: int) -> list[re.Match[str]]:
    """The pattern's matches from `start`, as its finditer gives them, tried only where one of
    its opening words stands in `lowered` (the text in lower case; None: everywhere)."""
    if lowered is None:
        return list(pattern.finditer(text, start))
    places = []
    for word in words:
        at = lowered.find(word, start)
        while at != -1:
            places.append(at)
            at = lowered.find(word, at + 1)
    found: list[re.Match[str]] = []
    done = start
    for at in sorted(places):
        if at >= done and (match := pattern.match(text, at)):
            found.append(match)
            done = match.end()
    return found


def aside_spans(text: str, start: int = 0) -> tuple[list[tuple[int, int]],
                                                   list[tuple[int, int]]]:
    """(linked headlines, constituencies) in text from `start`: (start, end) pairs."""
    lowered = None if "İ" in text or "ı" in text else text.lower()
    links = [(cue.start(), _link_end(text, cue.end()))
             for cue in _cues(_LINK_CUE, _LINK_WORDS, text, lowered, start)]
    constituencies = []
    for cue in _cues(_CONSTITUENCY_CUE, _CONSTITUENCY_WORDS, text, lowered, start):
        if text[cue.end():cue.end() + 1] not in (".", "!", "?"):
            constituencies.append((cue.start(), _constituency_end(text, cue.end())))
    return links, constituencies


def in_spans(spans: list[tuple[int, int]], at: int) -> bool:
    return any(first <= at < last for first, last in spans)


def in_bracketed_link(text: str, links: list[tuple[int, int]], at: int) -> bool:
    """Whether `at` is inside a linked story's headline in brackets, "(Baca: ...)" or "(Baca
    ...)", whose end the closing bracket marks: an aside, however the article names the region
    elsewhere (an unbracketed headline may run on into the next sentence: see regions.py)."""
    return any(first <= at < last and text[first - 1:first] == "(" and text[last:last + 1] == ")"
               for first, last in links)


def in_institution_name(text: str, at: int) -> bool:
    """Whether the name at `at` ends a university's name in a person's description: "dosen
    Universitas Gadjah Mada (UGM) Yogyakarta", "peneliti Institut Teknologi Sepuluh Nopember
    Surabaya" (capitalised words, and a bracketed acronym, back to one of INSTITUTION_WORDS),
    and its address after commas, "pakar dari Universitas Parahyangan, Bandung, Jawa Barat".
    Not where something happens: "di Stadion Kampus Institut ... Surabaya", "ke Universitas
    Jember" (VENUE_WORDS and "di", "ke" before the institution's name)."""
    words = text[max(0, at - 100):at].split()
    back = words[-_INSTITUTION_WORDS_BACK - 2:]
    # its address after commas: "pakar dari Universitas Parahyangan, Bandung, Jawa Barat"
    address = bool(back) and back[-1].endswith(",")
    for k in range(len(back) - 1, -1, -1):
        word = back[k]
        if word.strip("()").lower() in INSTITUTION_WORDS:
            before = back[k - 1].lower() if k else ""
            return before not in VENUE_WORDS and before not in ("di", "ke")
        if not _capitalised(word) or word.endswith((".", ";", ":")) \
                or (word.endswith(",") and not address):
            return False
    return False


# A home address before a name in its sentence: "beralamat", "bertempat tinggal", an "RT 03/RW
# 06" and "warga Jalan ...", "warga Perumahan ..." (a street, not "warga Desa X", whose people
# may be the story).
_HOME_ADDRESS = re.compile(r"(?<![\w-])(?:(?i:beralamat|bertempat[ \t\xa0]+tinggal)"
                           r"|R[Tt][ \t\xa0.:-]*\d+[ \t\xa0]*/[ \t\xa0]*R[Ww]"
                           r"|warga[ \t\xa0]+(?:Jalan|Jl|Perum|Perumahan|Kompleks?|Komplek|Gang"
                           r"|Gg|Blok))(?![\w])")
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“])|\n")
_HOME_SEARCH = 120  # characters before a name searched for an address


def home_address(text: str, at: int) -> bool:
    """Whether the name at `at` ends someone's home address in its sentence ("beralamat di
    ..., Tangerang"; "warga Jalan Rawa 8 RT 10/RW 02, Kelurahan Lebak Gajah, Kota Palembang")."""
    return any(not _SENTENCE_END.search(text, cue.end(), at)
               for cue in _HOME_ADDRESS.finditer(text, max(0, at - _HOME_SEARCH), at))


# A hajj flight group or its embarkation, named for the town its pilgrims leave from: "jamaah
# haji dari Kloter 4 Surabaya", "Kelompok Terbang (Kloter) 4 Surabaya", "dari Embarkasi Solo
# (SOC)". It says where the pilgrims come from, as "asal" does, not where the story happens.
_PILGRIM_GROUP = re.compile(r"(?<![\w-])(?i:kloter\)?[ \t\xa0]+(?:[A-Z]{3}[ \t\xa0]+)?\d+"
                            r"|(?:embarkasi|debarkasi))[ \t\xa0]+$")


def pilgrim_group(text: str, at: int) -> bool:
    """Whether the name at `at` names a hajj flight group or its embarkation (_PILGRIM_GROUP)."""
    window = text[max(0, at - 30):at].lower()
    if "kloter" not in window and "barkasi" not in window:
        return False  # most names: cheap to rule out
    return bool(_PILGRIM_GROUP.search(text, max(0, at - 30), at))


_ORIGIN_WORD = re.compile(r"(?<![\w-])(?i:asal|berasal|kelahiran)(?![\w-])")
_ORIGIN_SEARCH = 60  # characters before a name searched for "asal"
_HOME_WORDS_BACK = 6  # words before "asal" searched for a business or a school


@cache
def _origin_homes() -> frozenset[str]:
    return frozenset(word.lower() for word in word_list("region_origin_homes.txt"))


def business_home(text: str, at: int) -> bool:
    """Whether the origin named at `at` is where a business or a school is, not where a person
    comes from: "UMKM kopi asal Surabaya", "siswi Sekolah Rakyat Terintegrasi (SRT) 67 asal
    Kabupaten Pangkajene dan Kepulauan" (a word of region_origin_homes.txt among the few words
    before "asal", in the same clause); not "TKI asal NTT", "pria asal Bandung"."""
    cues = list(_ORIGIN_WORD.finditer(text, max(0, at - _ORIGIN_SEARCH), at))
    if not cues:
        return False
    before = text[max(0, cues[-1].start() - 80):cues[-1].start()]
    clause = re.split(r"[,.;:!?\n]", before)[-1]
    words = [word.strip("()").lower() for word in clause.split()][-_HOME_WORDS_BACK:]
    return any(word in _origin_homes() for word in words)


# Between a passing cue and the region: capitalised words (a title, a place), these words and
# commas. Inside the cue, pronouns are skipped ("Sebelumnya, ia menjabat").
PASSING_GAP_WORDS = frozenset({"di", "ke", "dan", "kabupaten", "kota", "provinsi", "kab"})
PASSING_SKIPPED = frozenset({"ia", "dia", "beliau"})
_PASSING_SEARCH = 120  # characters before a name searched for a cue
_PASSING_GAP_MAX = 6  # words between the cue and the name
_TO_SPACE = str.maketrans(",;:\n\t\xa0\"“”()", " " * 11)
_WORD = re.compile(r"[\w'’-]+")


@cache
def _passing_cues() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(line.lower().split()) for line in word_list("region_passing_cues.txt"))


@cache
def _first_words(cues: frozenset[tuple[str, ...]]) -> tuple[str, ...]:
    return tuple(sorted({cue[0] for cue in cues}))


def passing_mention(text: str, at: int) -> bool:
    """Whether the name at `at` is named in passing, after a comparison or a previous posting
    in its sentence: "seperti di Kabupaten Sleman", "sebelumnya menjabat Kepala Dinas Sosial
    Kabupaten Boyolali" (region_passing_cues.txt)."""
    window = text[max(0, at - _PASSING_SEARCH):at]
    padded = f" {window.lower().translate(_TO_SPACE)} "
    if not any(f" {word} " in padded for word in _first_words(_passing_cues())):
        return False  # no cue's first word in reach: most names
    ends = list(_SENTENCE_END.finditer(window))
    window = window[ends[-1].end():] if ends else window
    words = [w for w in _WORD.findall(window) if w.lower() not in PASSING_SKIPPED]
    cues = _passing_cues()
    longest = max((len(cue) for cue in cues), default=0)
    for gap in range(min(_PASSING_GAP_MAX, len(words)) + 1):
        if gap and not (words[-gap][:1].isupper() or words[-gap].lower() in PASSING_GAP_WORDS):
            return False
        before = [w.lower() for w in words[:len(words) - gap]]
        if any(tuple(before[-n:]) in cues for n in range(1, min(longest, len(before)) + 1)):
            return True
    return False


# A region in brackets after another thing's name: "Bambang Eka Prasetya (Magelang)", "Dyvy
# (Sidoarjo)", "RS Hasan Sadikin (Bandung)".
_ANNOTATION = re.compile(r"[A-Za-z][\w'’.-]*[ \t\xa0]*\([ \t\xa0]*$")
ANNOTATED_LIST_MIN = 3  # things with their region in brackets that make a list of them
_ANNOTATED_GAP_MAX = 80  # characters between one thing's region and the next one's


def annotated_list(text: str, names: list[tuple[int, int]]) -> set[int]:
    """The starts of the region names (`names`: (start, end) of each, in order) that are items
    of a list of three things or more close together, each with its region in brackets
    ("Bambang Eka Prasetya (Magelang), Ardi Rasyidi (Temanggung) ... Ardi Susanti
    (Tulungagung)"; a league's clubs "Buana Mas (Surabaya), Dyvy (Sidoarjo), Bolamania
    (Gresik)"): who or what comes from where, not where the story is. A region in brackets
    after another region ("Malang (Jawa Timur)", "Sumatera Utara (Sumut)") is none, nor is one
    thing with its place ("jalur Pejagan (Brebes)-Purwokerto")."""
    ends = {end for _, end in names}
    written = {text[start:end] for start, end in names}
    items = [(start, end) for start, end in names if start not in ends
             and text[max(0, start - 4):start].rstrip(" \t\xa0").endswith("(")
             and _ANNOTATION.search(text, max(0, start - 40), start)
             and not any(text[:start].rstrip(" \t\xa0(").endswith(name) for name in written)]
    found: set[int] = set()
    run: list[tuple[int, int]] = []
    for item in [*items, (len(text) + _ANNOTATED_GAP_MAX + 1, 0)]:
        if run and item[0] - run[-1][1] > _ANNOTATED_GAP_MAX:
            if len(run) >= ANNOTATED_LIST_MIN:
                found.update(start for start, _ in run)
            run = []
        run.append(item)
    return found


# The capitalised words right before a name, and a word before them ("jalan Melati Pekanbaru",
# "Masjid Raya Singkawang", "Koperasi Simpan Pinjam (KSP) Sejahtera Sidoarjo"): an acronym in
# brackets is part of the run.
_CAPITALISED_TOKEN = re.compile(r"\(?[A-Z][\w'’.-]*\)?")
_WORD_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*")
_BRACKETED_ACRONYM = re.compile(r"\([A-Z][A-Za-z]*[A-Z]\)")


def words_of_name_before(text: str, at: int) -> list[str]:
    """The capitalised words right before position `at`, on its line and within 60 characters
    (an acronym in brackets among them, the last one too: "Pengadilan Tata Usaha Negara (PTUN)
    Medan"), and the word before them, last first and without brackets: what a region named
    there may be part of the name of."""
    window = text[max(0, at - 60):at]
    window = window[window.rfind("\n") + 1:]
    tokens = window.split()
    if not tokens or not window[-1].isspace() or not tokens[-1].lstrip("(")[:1].isupper() \
            or (tokens[-1].endswith(")") and not _BRACKETED_ACRONYM.fullmatch(tokens[-1])):
        return []
    words = []
    for token in reversed(tokens):
        if _CAPITALISED_TOKEN.fullmatch(token):
            words.append(token.strip("()"))
            continue
        if _WORD_TOKEN.fullmatch(token):
            words.append(token)
        break
    return words


@cache
def any_word(words: frozenset[str]) -> re.Pattern[str]:
    """Any of `words` as a whole word, in any case."""
    alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?:{alternatives})(?![\w'’-])", re.IGNORECASE)
