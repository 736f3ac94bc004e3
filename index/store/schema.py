"""The Whoosh schema and its version.

Bump SCHEMA_VERSION whenever the schema or the analysis changes: old indexes then ask for a rebuild.
"""

from __future__ import annotations

from whoosh.analysis import RegexTokenizer
from whoosh.fields import DATETIME, ID, KEYWORD, NUMERIC, STORED, TEXT, FieldType, Schema

from index.analysis.analyzer import body_analyzer, indonesian_analyzer

SCHEMA_VERSION = 102  # 8: statements stored and searchable; 9: officials also party posts and
# state companies' boards, more forms; 10: speakers and running mates' names read anew;
# 11: whether an article is about government; 12: regions read anew (a statement's venue, a
# former office holder's title and a name inside a village's are no place of the story);
# 13: statements' speakers attributed anew (issue 17); 14: officials also former holders and
# candidates ("Mantan ...", "Calon ..."), more role forms; 15: speakers' names without the
# words glued to them (a common word opening the sentence, a country after the name, a relative)
# 16: regions read anew (a province's kabupaten/kota named twice in the body count)
# 17: officials read anew (objects with "Korban", "dan informasi", "Dan"; hyphenated given
# names, initials, a holder named in the next sentence)
# 18: statements' speakers read anew (issue 17 round 3: the headline's fuller name, degrees,
# abbreviated offices, "mereka", institutions' "-nya"; statement_cues.tsv lines)
# 19: regions read anew (a linked story's headline, a constituency, a university in a
# description, a football club, an island; the one kabupaten/kota named late where a story about
# its province happens)
# 20: officials also from the statements (a speaker's office at the quote, an office referred
# back to: "kata Ketua MPR RI tersebut"), names opened by initials ("IGN Jaya Negara",
# "HM.Prasetyo"), "Pimpinan" of a public body and "Wasekjen", no office inside "(Baca: ...)"
# 21: each segment's positions file (index/store/segment_positions.py)
# 22: regions read anew (police units and datelines say kabupaten or kota, "kawasan Puncak",
# home addresses)
# 23: officials read anew (issue 15 round 4: public figures named without an office in a news
# brief, a brief's headline holder, 'kini menjabat'/'ditunjuk sebagai', 'NAME mantan OFFICE')
# 24: statements' speakers read anew (issue 17 round 4: nicknames the article declares, a
# name's first spelling, the article's own short form kept over an alias line, descriptions
# referring back, apposition, name particles)
# 25: statements' speakers read anew (issue 17 round 5: an office read as a name is its holder,
# a swapped letter pair, a declared full name for a word alone, openers and organisations'
# words before a name, religious titles)
# 26: terms of words starting with ke- that Snowball cut to no word ("keluarga" not "luarga",
# "kembali" not "mbali", "kejutan" not "jutan"); an apostrophe between letters joins them
# ("Qur'an" is "quran", not "qur" and "an")
# 27: officials read anew (issue 15 round 5: a government's head named by it in a full article,
# a bare regional office given its headline's object, headline -kan verbs, Covid-19 as a field,
# football clubs, prosecutors' sections, ministries written with commas)
# 28: regions read anew (issue 15 round 5: a shared name's dateline is only its province unless
# the article says kabupaten or kota; comparisons and previous postings; "Jalan Raya Bogor",
# "Padang Luar", "Stasiun Manggarai" in a Jakarta story)
# 29: terms of ber-/per-/ter- words whose r Snowball took with the prefix ("perumahan" is
# "rumah", not "umah"; "berencana" "rencana")
# 30: regions read anew (issue 15 round 6: weighted evidence per region, zones times cues,
# index/extract/regions/evidence.py)
# 31: officials read anew (issue 15 round 6: an office referred back to with "itu"/"tersebut"
# names the one person written just before without an office)
# 32: statements' speakers written one way for each person of an article (issue 17 round 6:
# statements/forms.py: an organisation or office glued before a name, a name cut at an
# initial, a person's acronym in parentheses, a short form of another speaker's fuller name)
# 33: an amount glued to its currency is its number ("Rp774" is "774", as "Rp 774" gives it;
# issue 16 round 5)
# 34: officials read anew (issue 15 round 7: holders of index/data/office_holders.tsv named
# without an office inside one of their terms; a party's long form before its acronym)
# 35: indirect statements read anew (issue 17 round 7: a reporting verb's noun object or topic is
# no statement, more cue verbs, some only before a clause; "Namun menurut X,", "menurut X ..."
# without a comma, "Namun diakuinya,", a short cue inside a short sentence)
# 36: regions read anew (issue 15 round 7: a region inside an institution's longer name, named
# only inside other things' names, the lower leagues' clubs, a list of people or things with
# their region in brackets, "ke Istana Bogor", a speaker's post before where they spoke)
# 37: each segment's card file, what a page shows of a listed copy (index/store/segment_cards.py)
# 38: regions read anew (issue 15 round 8: a region after "dari" weighs less, a journey's start
# and a span's ends nothing, index/extract/regions/routes.py; a region the title places needs no
# share of a long round-up)
# 39: statements' speakers read anew (issue 17 round 8: the name that closes an office's
# phrase, statements/office_names.py; cue words after a quotation: 'tanya', 'tutup', 'cuit')
# 40: officials read anew (issue 15 round 8: a holder's short form of public_figures.tsv inside
# a term, no one by a party post alone, the office written beside a nickname or run for after
# the name, lower-case offices in apposition, international bodies, "al - Assad")
# 41: a quantifier after a cue ("jawab para anggota") names nobody, where it was the speaker
# 42: names compared without hyphens and accents, and with variant spellings (ch/h, j/y, ...);
# an office's object read on as a one-word name (a month, a region, a lower-case word) is no one
# 43: regions read anew (issue 15 round 9: a short list of kabupaten/kota of three provinces,
# a bracketed "(Baca ...)" headline, a speaker's place before the day and verb, a direction's
# end and a route's two places weigh nothing; "Jakarta Selatan-sebuah" is read)
# 44: statements' speakers read anew (issue 17 round 10: a person noun's relative clause after a
# cue, an office with its acronym before the name, "hakim" a title, a letter moved in a name)
# 45: officials read anew (issue 15 round 9: a court panel's chair "yang diketuai", "hakim PTUN
# Medan, yaitu A, B, dan C", acronyms an article defines, "(Ditjen Intram)", comma lists of fields)
# 46: reported speech found more often (issue 17 round 10: adverbs between subject and verb,
# unnamed speakers, more speech verbs, noun objects and clauses told apart)
# 47: titles.tsv: directorates general by their short names (Hubdat, Hubla, Minerba) and military
# area commands by theirs (Brawijaya, Siliwangi, ...) are an office's object, not a person
# 48: statements' speakers read anew (issue 17 round 11: a one-word name in apposition is someone
# a pronoun refers to, a description referring back read from its start, initials completed)
# 49: stems (issue 16 round 11, index/analysis/prefix_roots.py): a root that only begins like a
# prefix kept whole ("berita" not "ita", "terima" not "ima", "pemilik" "milik"); meN-/peN-'s
# consonant put back also when the root has an attested di-/-an form ("mengecam" "kecam"); a
# peN- word that is its own root kept whole ("pengaruh"); a root's last i no suffix ("pegawai")
# 50: officials read anew (issue 15 round 10: a body between commas after an office, "X yang
# merupakan/yang juga" with a one-word name, "Komisi I" closing an object, "yang membidangi ...",
# Irjen as an office, "ST Burhanuddin": two capitals spelling a degree open a name)
# 51: regions read anew (issue 15 round 10: a person's origin weighs nothing in the lead too,
# "TKI asal NTT"; a business's or a school's origin in the lead is where it is)
# 52: officials read anew (issue 15 item 4: a word glued before a holder's name, a misspelt
# object word or a place or firm the article writes after "di"/"ke", left out; Turkiye et al.)
# 53: statements' speakers read anew (issue 17 round 12: English business titles before an
# organisation and a name, a statement's noun after a cue, a quoted source before the verb)
# 54: officials read anew (issue 15 round 11: a headline's office for the person the body names
# without one, "Bupati X saat itu, A", "non aktif", "ajudan/kantor Menteri A", Humas of a body,
# a capitalised "Hakim" before a judge's name, an association's or a firm's "Presiden" no office)
# 55: regions read anew (issue 15 round 11: a word name bare after a comma with an address, its
# province or a list, "Kep." for "Kepulauan", a story's one place, datelines without a dash)
# 56: stems (issue 16 round 12): a root's -ku/-mu/-nya/-kah/-lah taken for a possessive or
# particle put back ("pelaku" laku, "sekolah", "menikah" nikah, "ditanya" tanya); per- + a word
# with no derived forms kept whole ("pertama", "perkara"); meN-/peN- + a root in n or ny
# ("menilai" nila, "menanti" nanti, "menyatakan" nyata)
# 57: officials read anew (issue 15 round 12, full articles: glued single-name candidate pairs
# in a list of pairs, initials opening a candidate's name, an office or its object in lower case
# after "Name," up to a proper noun)
# 58: statements read anew (issue 17 round 13): a speaker's name never runs over a line break
# (a heading without its full stop); a firm's or a club's name glued before a person's is dropped
# when the body writes it apart ("saat Juventus bertandang") or an acronym after a title
# 59: officials read anew (issue 15 round 13, full articles: a public office over a party's post,
# a second office after the name, "DPD" of an organisation, a portfolio's acronym after Menteri,
# a UPT's name after "Name, Kepala", "Posisi Moeldoko", "Sekrestaris Negara Pratikno")
# 60: statements read anew (issue 17 round 14): a pronoun may refer to a lead's subject named
# right after the dateline or after a person's noun that opens its clause; a firm's name glued
# before its officer's dropped; "Menurut <office>, <Name>, ..." says what follows the name;
# "padahal", "bahkan", "tapi" open a sentence
# 61: regions read anew (issue 15 round 12: a town only in an administrative court's name, a
# hajj flight group's or a legal aid office's, a birthplace, a province right after a word name
# in a headline, a title's short form of a longer kabupaten, a return's or a next stop's place,
# a region form ending a village's name elsewhere: "Desa Rengas Bandung", a product named after
# its region: "aspal Buton")
# 62: officials only hold public office (issue 15 item 4): a party's or a state company's post
# alone makes no official (a statement keeps it as its speaker's role), a public office held,
# held before or sought wins over it; a party's chair running for office is a candidate
# 63: statements read anew (issue 17 round 14b): no club or organisation named after a dateline
# as a lead's subject; "diakui" with no agent is no statement; "kata X seperti dikutip ..." ends
# what X said; an organisation's short form (even misspelt) is no person a pronoun refers to
# 64: officials read anew (issue 15 round 14): a holder by number ("Presiden ke-6 RI A"), a
# regime named by its head, a headline's legislators or office for the person quoted most whom
# the body gives no office; an office held "saat ini", then a comma, names its holder; more
# countries as an office's object
# 65: statements read anew (issue 17 round 15): initials spoken as an acronym are the person
# named with them ("kata JK"); a name, then a business title set off by commas; "X sebagai Y"
# and "Pihak" before the verb; no statement at "menurut rencana", "sebut saja", nor a passive
# after a lead said with its cue; a quote mark left out next to its cue; new cue words; no
# common word before a name completed from the body ("Pesan Prabowo"); "X itu menurutnya ..."
# 66: regions read anew (issue 15 round 13): a province written after a kabupaten/kota ("di
# Pekanbaru, Riau") weighs nothing of its own
# 67: officials read anew (issue 15 round 14b): a former or sought office referred back to
# ("mantan Ketua MPR itu") names the one person spoken of, with the word in the role; a blank line
# is one sentence's end there; a speaker's current office wins over a former one
# 68: statements read anew (issue 17 round 15b): a name completed by a capitalised stopword the
# text never writes in lower case ("Baim Wong"); a description after a cue placed by "di";
# a passive whose agent comes before the predicate ("disebut Lorenzo bisa ...")
# 69: officials read anew (issue 15 round 14c): a name and its alias in person_aliases.tsv
# ("Kang Emil", "Ridwan Kamil") are one person wherever officials compare names
# 70: regions read anew (issue 15 round 15): a short list of kabupaten/kota over two provinces
# the title names neither of places nothing; a region's name before a speech verb after a given
# name is a speaker's ("Choirul Muna menegaskan"); "Metro Jaya" is not Kota Metro; a UN
# agency's country office ("UNESCO Jakarta") is an institution's name; a national body's seat
# ("sidang di Gedung MK, Jakarta Pusat", "di Mabes Polri") is no place of the story
# 71: statements read anew (issue 17, statements-r15): "Koordinator" opens an office; a person's
# noun with a capital before its modifier and the name; a spaced hyphen inside an organisation's
# name; "Pihak" before a long form with its acronym; a role's short form in parentheses names its
# holder; an ordinary person ("Warga lainnya, Risma,") is no public figure of the same alias
# 72: officials read anew (issue 15 round 15): a corps written out after a rank ("Brigjen
# Marinir", "Letnan Kolonel Pelaut", "Kolonel Penerbang") is no part of the name; a person named
# after "A sekaligus B" holds A whatever B is; Danantara a state body, its CEO an official; a staff
# post's served holder before the staff member's name is a second person; the White House's staff
# 73: a body's dateline ("Jakarta, CNN Indonesia --") is not indexed: a place the story was
# filed from is no body word of it, nor in its lead (issue 16 round 15; index/datelines.py)
# 74: an article without a URL is known by its file's name and a digest of its text, not by
# the path its file was given by (index/sources/article_ids.py)
# 75: officials read anew (issue 15 round 16): an office of one or two words in lower case after
# a name and a comma ("A, presiden Prancis"); a place abroad closing "A, Walikota Manchester.";
# "Perwakilan Khusus", "Bea Cukai", "Sir"; an office referred back to with "ini"
# 76: statements read anew (issue 17 round 16): a person's name after an institution's glued
# before it; an object after an active verb is no speaker; an office alone after a comma; social
# media accounts; "menuliskan"; a respelling alias keeps the article's spelling
# 77: officials read anew (issue 15 round 16b): everyone listed after "yakni"/"yaitu" following
# a candidate's or a former holder's office ("tiga calon Bupati Bogor, yaitu A, B, dan C"); a
# lower-case office with its body before "yakni" ("anggota DPR, yakni A, B, dan C")
# 78: statements read anew (issue 17 round 16b): a person presented with "bernama" or a copula
# ("salah satunya adalah X.") is whom a later description or pronoun refers to; a one-word name
# starting a two-word name's surname ("Zuck") is that person; an age in parentheses before the verb
# ("Baharuddin (56) mengatakan") is no part of the subject
# 79: regions read anew (issue 15 round 17): a region after "Tribun" is a regional paper of the
# Tribun network ("Laporan Wartawan Tribun Medan", "(Tribun Medan/...)"), not the town
# and a dateline whose outlet a dot parts from the place ("TRIBUNNEWS.COM.JAKARTA -") is read
# too; a kabupaten/kota named with its kind after "di"/"ke"/"menuju" (or "di perbatasan" ...)
# late in a story about its province counts ("Presiden kemudian menuju Kabupaten Trenggalek")
# 80: outlets read anew (issue 15 round 17): a regional edition's name is its outlet's ("ANTARA
# Kalteng" is ANTARA, section Kalteng, as kalteng.antaranews.com is; outlets.tsv's regional lines)
# 81: statements read anew (issue 17 round 17): a place qualifying a noun names no speaker
# ("Seorang sumber militer Korea Selatan"); "sang" and a noun before a proper name; a person's
# noun as a title ("Ahli Geofisika USGS X"); "ujar sumber tersebut" then a pronoun; an English
# institution's name glued before a person's; "Pihak X"; "Choe Myong - nam"; ", kata X juga
# akan ..." without the cue's closing comma is the whole sentence
# 82: regions read anew (issue 15 round 17): a kecamatan/desa named like a kabupaten/kota it does
# not lie in ("Desa Depok, Kabupaten Tegal", "Kecamatan Kediri, Kabupaten Tabanan") makes a later
# bare "Depok"/"Kediri" that small place, unless the article names the region outright as well
# 83: officials read anew (issue 15 round 17): a role keeps a province's name as written when the
# expansion would only add words before it ("Gubernur Jakarta", not DKI Jakarta; "DKI" is still
# written out) or respell it ("Sumatra Barat"); a Title Case office after a copula names the
# person before it ("A merupakan Bupati Sleman"), unless its sentence says "sebelum(nya)", and so
# does a lower-case one with its object ("A merupakan anggota Komisi XI DPR"); a foreign district
# or federal judge is an office ("Hakim Distrik Amerika Serikat, A"); "Kepala Badan" before a known
# institution's long form is its Kepala ("Kepala Badan Narkotika Nasional A", not "Nasional A")
# 84: regions read anew (issue 15 round 17b): a bracketed short form between a kind and the name
# names the region ("Pemerintah Kota (Pemkot) Yogyakarta"); an office holder's relative ("suami
# Kapolres Kendal", "istri Bupati Sleman") brings no region, as a former title does; a ship ("KMP
# Sumenep") is no region, and an eatery named after a town ("rumah makan Padang") is a style; a
# name in capitals amid ordinary words, spelt otherwise in the gazetteer, is an acronym ("SIAK")
# 85: officials read anew (issue 15 round 17b): a column's last paragraph signed "Name. Office."
# names its author ("M Afifuddin. Ketua KPU RI."); foreign legislators are officials ("senator A",
# "anggota parlemen Thailand A", "Anggota Kongres AS A", "Ketua Parlemen Singapura A"); Golkar's
# "DPD I"/"DPD II" before a party is its board ("Ketua DPD I Partai Golkar X A": no official)
# 86: regions read anew (issue 15 round 17c): a kabupaten/kota named with its kind after an area
# word or a verb of weather or disaster ("kawasan Kota Bekasi", "hujan yang mengguyur Kota Jambi")
# is named as where something happens, as "di Kota Bekasi" is
# 87: officials read anew (issue 15 round 17c): "A sendiri, Gubernur X" names A as the holder;
# "A B, wakil ketua pertama Senat X": a lower-case object after "wakil" in apposition
# 88: regions read anew (lead, round 17): a kabupaten/kota named late with its kind after "di"
# that heads a list ("di Kabupaten A, B, dan C") is a tally, not a next stop: none is taken for it
# 89: statements read anew (issue 17 round 17b): a common word opening the lead after its
# dateline or a sentence after a short word's full stop is no part of a speaker's name ("Nama X",
# "Kendati X selaku ..."); "X, sapaan akrabnya" is the person in view when X is cut from their
# name; a quotation "katanya" gives to the person in view but that names them is the previous
# speaker's
# 90: officials read anew (issue 15 round 17b identities): a body's numbered term ("KPK Jilid I")
# and the object's last word written elsewhere before another name ("Daker Madinah") are no part
# of the name after them
# 91: statements read anew (issue 17 round 17c): "menjamin" and "sesumbar" report a clause;
# "Meski X mengatakan ..., namun ..." says only up to the comma before "namun"
# 92: regions read anew (issue 15 round 18): "dari X arah/mau ke Y" is a way not taken to its end
# (Y weighs nothing); where someone was heading ("yang hendak menuju Kabupaten X") is no next stop
# 93: officials read anew (issue 15 round 18 roles): an official without a role takes an office
# written in lower case right before their name or after "merupakan"/"adalah" right after it; a
# qualifier after a dateline's dash ("JAKARTA -Wakil Presiden A") is part of the role
# 94: officials read anew (issue 15 round 18): a lower-case office with its object in a cue
# ('kata anggota Komisi I DPR itu') and "Legislator <party> ini/itu/tersebut" refer back to the
# speaker just quoted, unless another speaker or official is named after that speaker
# 95: regions read anew (issue 15 round 18b): "Papua Nugini"/"Papua New Guinea" is no Papua; a
# regional bank's name ("Bank DKI") weighs nothing; a statement's venue after "menemui",
# "bertemu" or "didampingi" is no place of the story
# 96: statements read anew (issue 17 round 18): an initial inside a name closing an office; a
# short name cut from a word of a full name ("Pudjo", "Tuti"); "Hal itu kata X juga ..." with no
# comma before the cue; an acronym subject after an opening clause; "..., pihak X menegaskan"
# 97: officials read anew (issue 15 round 18b): a former holder of a national office written in
# lower case after "mantan"/"eks" ("mantan presiden A", "A, mantan menteri pertanian")
# 98: statements read anew (issue 17 round 18b): a manner between a passive speech verb and its
# agent ("Hal ini diungkapkan secara terbuka/langsung oleh X") leaves the agent found; a passive
# speech verb inside its clause ("Surat itu juga diakui (oleh) X sudah ...") is read as
# "disebut"; a clause of one or two words after "mengaku" ("X mengaku kecewa") is a statement
# (a name there is none)
# 99: statements read anew (issue 17 round 18c): an institution named by its proper name as a
# reporting verb's subject ("Bank Indonesia menyatakan", "Kantor Staf Presiden membantah",
# "Partai Golkar mengklaim", "Istana menegaskan", "Badan ... (BPBD) Kabupaten X meminta") is
# the statement's speaker, as written; an organisation's description ("Lembaga antirasuah itu
# memastikan") right after that institution's statement, nothing named between, is that
# institution's statement (else left out, never guessed)
# 100: officials read anew (issue 15 round 18 facet-clean): a place read as an official's name
# is none: a country or region named whole ("Timor Leste"), or one word the article writes as a
# place ("di Ankara", "Kecamatan Kutabaharu", "kata Wali Kota Verbania"), unless quoted as a
# speaker ("kata Agus"); an acronym the article gives a body ("Balai Teknik Perkeretaapian
# (BTP)") is no public figure's alias there ("BTP" for Basuki Tjahaja Purnama)
# 101: officials and speakers read anew (issue 15 round 18 hyphen-names): a name's hyphenated
# part written between spaces is part of the name, written with a plain hyphen ("Moon Jae -
# in" -> "Moon Jae-in", "Butar - butar" -> "Butar-butar")
# 102: statements read anew (issue 17 round 18 unresolved): a group the text counts but does
# not name ("sejumlah pembuat kebijakan daerah", "para importir") is a statement with no speaker
# and the group as role, never the one a later pronoun means; an organisation's description
# ("Perusahaan tersebut") with nothing named before it is kept with no speaker


def _column_only(field: FieldType) -> FieldType:
    """A field kept as a stored value and a column but not as terms: search/columns.py filters
    and sorts dates and compares copies' fingerprints from their columns, so their terms (16 per
    number) would only slow a build down."""
    field.indexed = False
    return field


def make_schema() -> Schema:
    analyzer = indonesian_analyzer()
    facet = {"stored": True, "commas": True, "lowercase": False, "scorable": False}
    return Schema(
        id=ID(stored=True, unique=True),
        url=STORED(),
        origin=ID(stored=True),  # the file it came from, so a deleted file can leave the index
        source=ID(stored=True),
        title=TEXT(analyzer=analyzer, stored=True, field_boost=2.0),
        body=TEXT(analyzer=body_analyzer(), stored=True),  # its lead weighs more (the analyzer)
        published=_column_only(DATETIME(stored=True, sortable=True)),
        provinces=KEYWORD(**facet),
        regencies=KEYWORD(**facet),
        officials=KEYWORD(**facet),
        officials_roles=STORED(),  # [[name, role], ...]
        # one term per official and role, "name<TAB>role": who held which role when (with the
        # published column), and the roles that tell one person from another (search/identities)
        official_role_pairs=KEYWORD(analyzer=RegexTokenizer(r"[^\n]+"), scorable=False),
        people=TEXT(analyzer=analyzer),  # official names and roles, for pejabat: queries
        places=TEXT(analyzer=analyzer),  # region names, for wilayah: queries
        # what people said: [{"speaker", "role", "cue", "direct", "text", "start", "official"}]
        statements=STORED(),
        said=TEXT(analyzer=analyzer),  # the statements' words, for kata: queries
        category=STORED(),
        tags=KEYWORD(stored=True, commas=True, lowercase=True, scorable=False),
        content_hash=STORED(),
        # for syndicated copies (index/analysis/fingerprint.py): the SimHash of the title and
        # body, the hash of the facts they state, and their number of words
        fingerprint=_column_only(NUMERIC(bits=64, signed=True, sortable=True)),
        facts=_column_only(NUMERIC(bits=64, signed=True, sortable=True)),
        words=_column_only(NUMERIC(bits=32, signed=False, sortable=True)),
        # 1 when the article is about government (index/extract/government.py), for scope=
        government=_column_only(NUMERIC(bits=8, signed=False, sortable=True)),
    )
