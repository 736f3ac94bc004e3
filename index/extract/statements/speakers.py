"""Who a cue names as the speaker: the words after a cue ("kata Wagub Kalteng Edy Pratowo",
"ujarnya", "kata dia") or the subject before a reporting verb ("Edy Pratowo mengatakan",
"Ia menegaskan", "BMKG menyebutkan"). Names are read with the officials' name reader (ranks
and honorifics left out); what is read is a reference, resolved to a person in people.py."""

from __future__ import annotations

import re

from index.extract.officials.lexicon import Lexicon
from index.extract.officials.names import _read_name, is_name_word
from index.extract.officials.tokens import _canonical_region, _lex, is_place
from index.extract.statements.ages import without_age_before
from index.extract.statements.comma_subjects import acronym_after_comma
from index.extract.statements.comma_subjects import is_role_word as _is_role_word
from index.extract.statements.comma_subjects import named_after_comma as _named_after_comma
from index.extract.statements.cues import Cues, load_cues
from index.extract.statements.descriptions import (
    ACRONYM,
    ADJUNCT,
    ADJUNCT_WORDS,
    DAYS,
    FOR_SOMEONE,
    NICKNAMED,
    QUANTIFIERS,
    WORD,
    apposition_ends,
    described_back,
    head_noun,
    initials_of,
    name_after_description,
    name_after_last_comma,
    name_in_description,
    named_before_comma,
    office_word,
    only_described,
    relative_description,
)
from index.extract.statements.groups import counted_group
from index.extract.statements.institutions import institution_described, institution_named
from index.extract.statements.name_shapes import (
    is_degree,
    listed_name,
    name_ending,
    trimmed_name,
    without_title,
)
from index.extract.statements.noun_phrases import subject_description, titled_by_noun, unnamed_back
from index.extract.statements.office_names import name_closing_office
from index.extract.statements.people import People
from index.extract.statements.reference import NOBODY, Reference
from index.extract.statements.sentences import sentence_start
from index.extract.word_places import written_apart

# Before a verb: nothing was said ("belum menyebutkan", "enggan mengatakan").
_NOT_SAID = frozenset({"tidak", "tak", "belum", "enggan", "menolak", "bukan", "jangan", "untuk",
                       "bisa", "dapat", "ingin", "mau", "akan", "hendak", "harus", "wajib",
                       "mesti", "perlu"})
# Verbs that say something when denied: "tak menampik bahwa ...".
_DENIALS = frozenset({"menampik", "membantah", "memungkiri", "menyangkal"})
# What may stand between a subject and its verb: "X saat ditemui mengatakan", "X yang ...",
# "X pada Rabu (12/8) menyatakan" (a day's date only: "... di Houston pada 20 Juli, dan
# Mourinho mengaku" is no subject "Houston"); a source quoted ("X, seperti dikutip dari Y,
# mengatakan", the source's clause right before the verb) or a medium ("X lewat Twitter
# mengatakan", "X melalui akun resminya") is no subject either
_SUBJECT_ADJUNCT = re.compile(
    r"[ \t\u00a0,]+(?:saat|ketika|usai|seusai|sebelum|setelah|sesudah|yang|dalam|di sela|"
    r"kepada|selaku|sebagai|pada(?=[ \t\u00a0]+(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|\d))|"
    r"(?:seperti|sebagaimana)(?=[ \t\u00a0]+(?:dikutip|dilansir|diberitakan|mengutip)[^,]{1,60},"
    r"[ \t\u00a0]*$)|(?:lewat|melalui)(?=[ \t\u00a0]+(?:akun|keterangan|siaran|pernyataan|surat|"
    r"laman|unggahan|cuitan|video|situs|rilis|telepon|pesan|Twitter|Instagram|Facebook)(?![\w-])))"
    r"[ \t\u00a0]"
)
# a spaced hyphen joins two words of one name ("Mercedes - Benz Distribusi Indonesia (MBDI)")
_ORGANISATION = re.compile(
    r"(?<![\w-])(?P<org>(?:[A-Z][\w&'’-]*,?[ \t\u00a0]+"
    r"(?:(?:dan|untuk|of|and|-)[ \t\u00a0]+)?){1,8}\([A-Z][A-Za-z0-9&-]{1,12}\))$"
)
_NAMED_ORGANISATION = re.compile(
    r"(?<![\w-])(?:[A-Z][\w&'’-]*[ \t\u00a0]+(?:(?:dan|untuk|of|and|-)[ \t\u00a0]+)?){1,8}"
    r"\([A-Z][A-Za-z0-9&-]{1,12}\)"
)
# a dateline's dash ("VIVA.co.id - Kementerian Perindustrian menyatakan") ends a clause too
# "Pihak" ("side") opening the subject, then only capitalised words up to the verb
# (its acronym in parentheses kept: "Pihak Badan Pengawas Pemilu (Bawaslu) Jawa Barat menyatakan")
_SIDE_OF = re.compile(
    r"^[Pp]ihak[ \t\u00a0]+((?:(?:[A-Z][\w&.'’-]*|\([A-Z][\w&-]{1,12}\))[ \t\u00a0]*)+)$")
_CLAUSE_BREAK = re.compile(r"[,;:()\"“”]|[ \t\u00a0][-–—](?=[ \t\u00a0])")
# A statement's noun after a cue, and the words that may follow it before who made it
_STATEMENT_NOUN = re.compile(
    r"(?P<noun>\w+)(?:[ \t\u00a0]+(?:resmi|tertulis|pers))*(?:[ \t\u00a0]+dari)?[ \t\u00a0]+"
)
# "Menurut <a description in lower case> itu," up to its comma
_DESCRIBED_TO_COMMA = re.compile(
    r"[a-z][^,.;:!?\"“”\n]{0,80}?(?<![\w-])(?:ini|itu|tersebut)(?=[ \t\u00a0]*,)"
)
# A description of several people: "Menurut ketiga pebalap itu" refers back to no one person
_SEVERAL = re.compile(
    r"(?:para|beberapa|sejumlah|semua|seluruh|banyak|kedua|ketiga|keempat|kelima|"
    r"mereka)(?![\w-])", re.IGNORECASE)
# A full stop that ends a sentence, not one inside a word ("kepada Kompas.com, menyebutkan")
_SENTENCE_STOP = re.compile(r"\.(?![\w])")
# a social-media account's name after a cue: "cuit akun @radenrauf", "tulis pemilik akun @x"
_HANDLE = re.compile(r"(?:(?:(?:pemilik|pengguna)[ \t\u00a0]+)?akun[ \t\u00a0]+(?:[A-Z][a-z]+"
                     r"[ \t\u00a0]+)?)?(?P<handle>@[A-Za-z0-9_.]*[A-Za-z0-9_])")
# an active verb in lower case ("menetapkan", "memanggil") or a preposition ("dengan",
# "terhadap"): a name right after it is its object, no subject
_ACTIVE_VERB = re.compile(r"me[mn]?[a-z]{3,}|meng[a-z]{2,}|meny[a-z]{2,}|dengan|kepada|terhadap"
                          r"|tentang|mengenai|terkait|bagi|untuk|atas")
# The words after a cue up to a comma or the sentence's end; a description closed by "itu" or
# "tersebut" refers back to the person named before.
_PHRASE = re.compile(
    r"[^,.;:!?\"“”\n]{0,80}?(?P<back>(?<![\w-])(?:tersebut|itu|ini))?(?=[,.;:!?\"“”\n]|$"
    r"|[ \t\u00a0]+(?:kepada|kpd|di|saat|ketika|usai|seusai|setelah|sebelum|dalam|dengan|melalui"
    r"|lewat|seperti|sebagaimana|sambil|seraya|pada)(?![\w-]))"
)


def _refers_back_near(body: str, at: int) -> bool:
    """Whether a word of _PHRASE's "back" can end its match from `at` (at most 80 characters,
    then the word): a plain look before the pattern, which decides at one cue in a hundred."""
    window = body[at:at + 88]
    return "itu" in window or "ini" in window or "tersebut" in window


def speaker_after(body: str, at: int, people: People, cues: Cues) -> Reference:
    """The speaker named from `at` on, right after a cue word: "kata Edy", "ujar Kapolres
    Kotim AKBP Sarpani", "kata dia", "tutur Kepala BPBD"."""
    while at < len(body) and body[at] in " \t\u00a0":
        at += 1
    if body[at:at + 5].lower() == "oleh ":  # "diungkapkan oleh Direktur ..."
        at += 5
    said_in = _STATEMENT_NOUN.match(body, at)
    if body[max(0, at - 7):at].rstrip().lower().endswith("bunyi") and not (
        said_in and said_in.group("noun").lower() in cues.statement_nouns
    ):
        return NOBODY  # '"...," bunyi Pasal 3 ayat (1)': a document's words, no one's
    if said_in and said_in.group("noun").lower() in cues.statement_nouns and (
        body[said_in.end():said_in.end() + 1].isupper()
    ):  # '"...," tulis pernyataan Google', 'bunyi keterangan pers KPK': who made the statement
        # is named after its noun ("pernyataan tersebut", "keterangan istri X" name no one sure)
        return speaker_after(body, said_in.end(), people, cues)
    if body.find("@", at, at + 40) >= 0 and (handle := _HANDLE.match(body, at)):
        # '"...," cuit akun @radenrauf': the account's holder, by the account's name
        role = body[at:handle.start("handle")].strip() or None
        return Reference("name", handle.group("handle"), role, handle.start("handle"))
    for start in (at, at + 1):  # "kata (Edy)": rare, but read the same
        if start in people.official_at:
            mention, _person, role = people.official_at[start]
            return Reference("name", mention.name, role, start)
    word = WORD.match(body, at)
    if word is None:
        return NOBODY
    text = word.group().rstrip(".")
    if text.lower() in cues.pronouns:
        return Reference("pronoun", None, None, at)
    if text.lower() == "sang" and name_in_description(body, at, people).kind != "name":
        # "kata sang menteri": the minister named before ("kata sang agen, Renaldo Nehemiah"
        # names the agent); a noun no one holds is someone the text does not name
        head = head_noun(body, word.end(), people, cues)
        return Reference("pronoun", None, head, at) if head else NOBODY
    if text.lower() in cues.unnamed and (unnamed := unnamed_back(body, at, word.end(), cues)):
        return unnamed  # '"...," ujar sumber tersebut': the source not named, again
    if text[:1].islower() and described_back(body, at, cues) and not (
        body[max(0, at - 12):at].rstrip().lower().endswith("menurut")
    ):  # "Menurut pengelola bioskop, ... tersebut.": what follows the comma is what is said
        # "kata putra dari pendiri Nahdlatul Ulama, KH Hasyim Asy'ari ini.": a description of
        # the person named before, names inside it and commas included; its head noun finds
        # the one who holds it ("kata pelatih asal Belanda tersebut": the coach)
        return Reference("pronoun", None, head_noun(body, at, people, cues), at)
    if text[:1].islower() and body[max(0, at - 12):at].rstrip().lower().endswith("menurut") and (
        described := _DESCRIBED_TO_COMMA.match(body, at)
    ) and any(w in cues.person_nouns for w in described.group().lower().split()) and not (
        _SEVERAL.match(described.group())
    ):
        # "Menurut pensiunan polisi jenderal bintang dua itu, tim penyidik ...": a person's
        # description closed by "itu" right before the comma refers back
        return Reference("pronoun", None, head_noun(body, at, people, cues), at)
    if text[:1].islower() and relative_description(body, at, cues) and (
        name_in_description(body, at, people).kind != "name"
    ):
        # "tambah perempuan yang dijadwalkan hadir ...", "ujar pria yang dikenal sebagai ...":
        # a person noun and its relative clause describe the person named before, or the one
        # whose nickname it gives ("kata sosok yang karib disapa BTM")
        nickname = NICKNAMED.search(body, at, at + 120)
        if nickname and people.named(nickname.group("nick"), at) is not None:
            return Reference("name", nickname.group("nick"), None, nickname.start("nick"))
        if nickname and nickname.group("nick").isupper():
            return NOBODY  # initials of someone not named in full before: not the last named
        return Reference("pronoun", None, None, at)
    if (text[:1].isupper() or text.lower() in cues.titles or text.lower() in cues.kin) and (
        _refers_back_near(body, at)
    ) and (phrase := _PHRASE.match(body, at)) and phrase.group("back") and not (
        ADJUNCT.search(phrase.group())
    ):
        # "kata Doktor Ilmu Politik UI tersebut", "Menurut istri pebalap Ananda Mikola itu"
        return Reference("pronoun", None, head_noun(body, at, people, cues), at)
    lexicon = people.lexicon
    office = lexicon.office_pattern.match(body, at)
    tokens = _lex(body, at, lexicon)
    words, after = _read_name(tokens, 0, lexicon)
    if len(words) == 1 and words[0].lower() in cues.person_nouns and (
        body[tokens[0].end + 1:tokens[0].end + 2].islower()
    ) and (described := name_after_description(body, at, people, cues, True)).kind == "name":
        return described  # "menurut Psikolog seksual Rina Wulandari": the noun read as no name
    if words and office is None and _business_title(words[0], cues, lexicon):
        # "kata Managing Director GrabPay Indonesia Ongki Kurniawan", "kata Founder dan CEO EV
        # Hive Carlson Lau": a title the officials' reader does not know, an organisation, then
        # the name that closes the phrase; a title alone names no one ("ungkap Head of ...")
        described = name_in_description(body, at, people)
        if described.kind == "name" and apposition_ends(body, described._replace(
            at=max(described.at, body.find(described.name or "", described.at))
        )):  # "kata CEO Noor Islamic Bank, Dr Ahmed Al Janahi.": the name after the comma
            return described
        read = _named(body, " ".join(words), None, tokens[0].start, cues, lexicon)
        ends = after >= len(tokens) or not (tokens[after].kind == "paren" or (
            tokens[after].kind == "word" and tokens[after].text[:1].isupper()))
        if ends and len((read.name or "").split()) >= 2 and not any(
            w.lower() in cues.titles for w in (read.name or "").split()
        ):
            return read  # "kata CEO Snap Evan Spiegel dalam ...": the title moved to the role
        if closing := name_closing_office(body, at, people, cues):
            return Reference("name", *closing)
        if all(w.lower() in cues.titles for w in words):
            return Reference("role", None, " ".join(words), at)
    if office is None and (titled := titled_by_noun(words, body, at, people, cues)):
        return titled  # "kata Ahli Geofisika USGS John Bellini"
    if len(words) == 1 and after + 1 < len(tokens) and tokens[after].kind == "word" and (
        ACRONYM.fullmatch(tokens[after].text)
    ):
        # "beber Wasekjen PKS Mardani Alisera": an abbreviated office and its organisation
        named, _ = _read_name(tokens, after + 1, lexicon)
        if len(named) >= 2 and not _canonical_region(" ".join(named)):
            role = f"{words[0]} {tokens[after].text}"
            return Reference("name", " ".join(named), role, tokens[after + 1].start)
    if words and after + 1 < len(tokens) and tokens[after].kind == "paren" and (
        initials_of(tokens[after].text, words) or office is not None
    ):
        # "terang Chief Communication Officer (CCO) Gaery Undarsa": an office and its acronym,
        # then the name; "kata Agus Harimurti Yudhoyono (AHY)" has no name after it
        named, _ = _read_name(tokens, after + 1, lexicon)
        reference = Reference("name", " ".join(named), f"{' '.join(words)} ({tokens[after].text})",
                              tokens[after + 1].start)
        if len(named) >= 2 and not _canonical_region(reference.name or "") and (
            apposition_ends(body, reference)
        ):
            return reference
    if words and not _canonical_region(" ".join(words)):
        if after < len(tokens) and tokens[after].kind in ("word", "comma"):
            # "kata Sersan Kepolisian Burbank, Derek Green", "ujar Media Officer Persib, Irfan
            # Suryadiredja, kepada ...": a title, then the name after the comma
            described = name_in_description(body, at, people)
            if described.kind == "name" and _office_first(described.name or "", cues, lexicon):
                # "kata Petra Barus, CTO UrbanIndo": the name, then its office after the comma
                return _named(body, " ".join(words), described.name, tokens[0].start, cues,
                              lexicon)
            if described.kind == "name" and (
                tokens[after].kind == "word" or apposition_ends(body, described)
            ):
                return described
        return _named(body, " ".join(words), None, tokens[0].start, cues, lexicon)
    if office is not None:
        # an office without a name the officials could read: a name after a comma, else the
        # office itself ("kata Gubernur", "ujar Kepala Dinas")
        for i, token in enumerate(tokens):
            if token.kind == "comma" and i + 1 < len(tokens):
                words, _ = _read_name(tokens, i + 1, lexicon)
                if words:
                    role = body[at:token.start].strip()
                    named = Reference("name", " ".join(words), role, tokens[i + 1].start)
                    if len(words) == 1 and not apposition_ends(body, named):
                        continue  # "Kepala ... Jasa Keuangan, Edukasi dan Perlindungan ...":
                        # a word of the office after its comma, no name
                    return named
        appended = name_after_last_comma(body, at, people)
        if appended.kind == "name":
            return appended  # "diakui Direktur Marketing PT X (ADM) - ATPM Y, Amelia Tjandra."
        if closing := name_closing_office(body, at, people, cues):
            return Reference("name", *closing)  # "kata Ketua Umum ISSC Budi Harta Winata"
        for i, token in enumerate(tokens[:-1]):
            if token.kind == "comma" and (
                closing := name_closing_office(body, tokens[i + 1].start, people, cues)
            ):  # "Kepala Eksekutif ... Jasa Keuangan, Edukasi dan ... (PEPK) Friderica Widyasari
                # Dewi": an office with a comma inside, its name at the end
                return Reference("name", closing[0], body[at:closing[2]].strip(" \t\u00a0,"),
                                 closing[2])
        if body[at].islower() and (
            described := name_after_description(body, at, people, cues)
        ).kind == "name":
            return described  # "kata ketua majelis hakim Baslin Sinaga": an office in lower case
        role_end = next((t.start for t in tokens if t.kind != "word"), None)
        role = body[at:role_end].strip() if role_end else " ".join(
            t.text for t in tokens if t.kind == "word")
        return Reference("role", None, role or office.group(), at)
    if tokens and tokens[0].text.lower() in QUANTIFIERS:
        return NOBODY  # "jawab para anggota dewan": a group, nobody named
    if tokens and tokens[0].kind == "word" and (
        ACRONYM.fullmatch(tokens[0].text) or tokens[0].text in lexicon.phrases
        or tokens[0].text in lexicon.institutions
    ):
        described = name_in_description(body, at, people)
        if described.kind == "name" and apposition_ends(body, described):
            return described
        name_words = []
        for token in tokens:
            if token.kind != "word":
                break
            name_words.append(token.text)
        return Reference("institution", " ".join(name_words), None, at)
    # a description, then the name: "kata pengamat politik Universitas X, Budi Santoso"
    described = name_in_description(body, at, people)
    if described.kind == "none":
        return name_after_description(body, at, people, cues)
    return named_before_comma(body, at, described, people, cues)


def speaker_before(body: str, verb_at: int, clause_start: int, people: People,
                   cues: Cues) -> Reference | None:
    """The subject ending just before a reporting verb at `verb_at`: a person, a pronoun, an
    institution or an office. None when the subject is no speaker ("Data BPS menunjukkan")."""
    body = without_age_before(body, verb_at)  # "Baharuddin (56) mengatakan"
    window_start = max(clause_start, verb_at - 200)
    for start in people.official_starts_desc:
        if start < window_start:
            break
        if start >= verb_at:
            continue
        mention, _person, role = people.official_at[start]
        between = body[start:verb_at]
        name_at = body.find(mention.name, max(window_start, start - 120), verb_at)
        tail = body[max(name_at + len(mention.name), start):verb_at] if name_at >= 0 else ""
        # "Kasat Reskrim ... AKP Yasir kepada Kompas.com, menyebutkan": a circumstance right
        # after the name is no other subject
        adjunct = _SUBJECT_ADJUNCT.match(tail)
        read = tail[:adjunct.start()] if adjunct else tail
        before_verb = between.split()[-1:]
        verb_word = body[verb_at:verb_at + 16].split()[:1]
        if before_verb and before_verb[0].lower() in _NOT_SAID and verb_word and (
            verb_word[0].lower() not in _DENIALS
        ):
            return None  # "menuntut Presiden AS, Donald Trump, untuk meminta maaf"
        stops = _SENTENCE_STOP.search(between.replace(mention.name, ""))
        if name_at >= 0 and not stops and not any(
            w[0].islower() and w.lower() not in cues.between for w in read.replace(",", " ").split()
            if not _is_role_word(w, people)
        ) and not _named_after_comma(tail, people, cues):
            return Reference("name", mention.name, role, start)
        break
    subject = body[window_start:verb_at]
    last_word = subject[-24:].split()[-1:]
    if last_word and last_word[0].lower() in _NOT_SAID and body[verb_at:verb_at + 12].split()[
            0].lower() not in _DENIALS:
        return None  # "yang enggan menyebutkan namanya": no speech, whoever the subject is
    if "nama" in subject or "identitas" in subject:
        # "rekan wanita yang enggan menyebutkan namanya mengaku": the speaker is not named
        subject = _ANONYMOUS.sub("", subject)
    if subject.rstrip().endswith((" yang", ",yang")):
        # "negara di Timur Tengah yang mengakui ...": a relative clause, no speaker; but a
        # person named before it speaks: "Harry Tanoesoedibjo, yang mengatakan tidak ada ..."
        before = subject.rstrip()[:-4]
        return _relative_speaker(body, before.rstrip(" ,"), before.rstrip().endswith(","),
                                 verb_at, people)
    if noun := _described(subject.split(), cues):
        # "Wanita yang akrab disapa Amel itu juga menyatakan": the person named before the
        # description ("Personel Backstreet Boys itu" names no one)
        noun_at = body.rfind(noun, window_start, verb_at)
        return Reference("pronoun", None, None, noun_at if noun_at >= 0 else verb_at)
    adjunct = _SUBJECT_ADJUNCT.search(subject)
    if adjunct and "pada" in adjunct.group() and "," in subject[adjunct.end():]:
        adjunct = None  # "... City di Houston pada 20 Juli, dan Mourinho mengaku": no subject's
    if adjunct and _only_opening(subject[:adjunct.start()]) and "," in subject[adjunct.end():]:
        # "Sementara itu, usai mengadakan investigasi, otoritas menyebut": the clause opens the
        # sentence; the subject comes after its comma
        subject = subject[subject.rindex(",") + 1:]
        adjunct = None
    if adjunct and adjunct.group().strip(" ,\t\u00a0") == "sebagai" and (
        "," in subject[adjunct.end():].rstrip(" ,\t\u00a0")
        or not _person_before(subject[:adjunct.start()], verb_at, people)
    ):  # "Telkomsel sebagai operator ... berjanji": no person's role; "mendeklarasikan Selat
        # Hormuz sebagai wilayah AS, sementara Iran menegaskan": another clause's object
        adjunct = None
    if adjunct and adjunct.start() > 0 and not _named_after_comma(
        subject[adjunct.start():], people, cues
    ) and not _office_after_comma(subject[adjunct.start():], people.lexicon) and not (
        acronym_after_comma(subject[adjunct.start():])  # "..., SBY meminta": not "Asia"
    ):
        # "Dalam suratnya kepada X, Ja menulis", "Mengenai ... dengan X yang dilayangkan ...,
        # Wakil Presiden menegaskan": the subject is after the comma
        # "H Burhan Noor saat mendampingi Kakankemenag mengatakan", "Mouly Surya yang
        # diwawancarai ... mengungkapkan": the subject is before the clause
        subject = subject[:adjunct.start()]
    words = subject.split()
    # (the verb's own letters stand at verb_at: no need to strip the rest of the body)
    verb = (body[verb_at:verb_at + 12].split() or [""])[0].lower()
    if words and words[-1].lower() in _NOT_SAID and verb not in _DENIALS:
        return None  # "Budi belum menyebutkan ...", "Rajata menolak mengatakan ..."
    if words and words[-1].lower() in _NOT_SAID:
        words.pop()  # "tak menampik": says so
    while words and words[-1].lower().strip(",") in cues.between:
        words.pop()
    while len(words) > 1 and is_degree(words[-1], people.lexicon):
        words.pop()  # "dr Wismandari Wisnu SpPD-KEMD mengungkap", "Budi, SH, MH mengatakan"
    if not words:
        return None
    last = words[-1].rstrip(",")
    if last.lower() in cues.pronouns:
        return Reference("pronoun", None, None, verb_at)
    if last.lower() == "mereka" and len(words) <= 3:
        # "Viking Persib Club (VPC) mengeluarkan lima sikap. Intinya, mereka meminta ...": the
        # organisation the paragraph names before, else a group the text does not name
        paragraph = body.rfind("\n", 0, verb_at) + 1
        named = list(_NAMED_ORGANISATION.finditer(body, paragraph, verb_at))
        if named:
            return Reference("institution", listed_name(named[-1].group().strip()), None,
                             verb_at)
        return Reference("unnamed", None, last, verb_at)
    if last.lower() in ("itu", "tersebut", "ini"):
        # "Manajer The Gunners itu menerangkan", "pria itu mengatakan": the person named before
        last_words = words[-8:]
        for at, word in enumerate(last_words[:-1]):
            if (word.lower() in cues.person_nouns or office_word(word, people)) and not any(
                w.endswith(",") for w in last_words[at:-1]
            ):
                # "Kapolres itu menambahkan": the one who holds the office, if named before;
                # read from the description's start, as a name inside it ("Personel Backstreet
                # Boys itu") is no one named before
                noun_at = body.rfind(word, max(0, verb_at - 200), verb_at)
                return Reference("pronoun", None, word.lower(),
                                 noun_at if noun_at >= 0 else verb_at)
        if described := institution_described(words, cues):  # "Lembaga antirasuah itu"
            return Reference("institution-back", None, described, verb_at)
    if len(words) >= 2 and words[-2].lower() == "sang" and (
        len(words) == 2 or words[-3].endswith(",") or words[-3].lower() in cues.openers
    ):  # "Sang menteri mengatakan", not "juru bicara sang pemain mengatakan"
        head = words[-1].lower()
        if head in cues.person_nouns or office_word(words[-1].capitalize(), people):
            return Reference("pronoun", None, head, verb_at)
        return Reference("unnamed", None, " ".join(words[-2:]), verb_at)  # "Sang pengadil"
    clause = " ".join(words).rstrip(" ,")
    # the pattern ends with an acronym's ")": tried only on a clause that ends so
    if clause.endswith(")") and (organisation := _ORGANISATION.search(clause)):
        # "Komisi Pemberantasan Korupsi (KPK) menyatakan": the long form and its acronym
        org = listed_name(organisation.group("org"))
        head, dash, tail = org.rpartition(" - ")
        if dash and ("," in head or _canonical_region(head.split()[-1])):
            org = tail  # "TEMPO.CO, Jakarta - Organisasi Kesehatan Dunia (WHO)": a dateline's
        office = next((m for m in people.lexicon.office_pattern.finditer(org)
                       if m.start() == 0 or org[m.start() - 1] == " "), None)
        if office is None:
            return Reference("institution", org, None, verb_at)
        # "Nana Sudiana Direktur Kemitraan Lembaga ... (PKPU) mengingatkan": an office of the
        # organisation, after the name of the person who holds it
        org = org[office.start():]
        before = clause[:len(clause) - len(org)].rstrip(" ,")
        name = name_ending(before, people.lexicon) if before else None
        if name and len(name.split()) >= 2:
            return _named(body, name, org, verb_at - len(clause) + len(before) - len(name),
                          cues, people.lexicon)
        # "Direktur Bisnis Bank X Rasmoro Pramono Aji (Oney) mengatakan": a nickname after the
        # name, not an acronym after an organisation
        nickname_at = org.rfind("(")
        name = name_ending(org[:nickname_at].rstrip(), people.lexicon)
        if name and len(name.split()) > 3:
            name = " ".join(name.split()[-3:])  # "Bank Mega Syariah Rasmoro Pramono Aji"
        if name and len(name.split()) >= 2 and not _institution_ending(name, people):
            return Reference("name", name, org[:nickname_at].rstrip()[:-len(name)].strip(),
                             verb_at - len(clause) + clause.rfind(name))
        return Reference("role", None, org, verb_at)
    breaks = list(_CLAUSE_BREAK.finditer(clause))
    segment = clause[breaks[-1].end():].strip() if breaks else clause
    if not segment:
        return None
    lexicon = people.lexicon
    outside = [b for b in breaks if b.group() not in "()"]
    side_of = clause[outside[-1].end():].strip() if outside else clause
    if (side := _SIDE_OF.search(side_of)) and side.group(1).split()[0].lower() not in (
            cues.unnamed) and (side_of[0] == "P" or (outside and outside[-1].group() == ",")):
        # "Pihak Microsoft sendiri menyebutkan", "Kini, pihak F1 memastikan": the organisation's
        # (or the camp's) voice, named without "pihak" (a "pihak X" inside a sentence, often a
        # question's or an object's, "membuat pihak FIA menyatakan", is left alone)
        return Reference("institution", side.group(1), None, verb_at)
    name = name_ending(segment, people.lexicon)
    if name and name.lower() in cues.unnamed:
        return Reference("unnamed", None, segment, verb_at)  # "Rumor yang beredar mengatakan"
    if name and name.lower() in cues.person_nouns:
        # "Peneliti yang meneliti ... menyebut": a person named before by this office, if any
        return Reference("role", None, name, verb_at)
    if name and len(name.split()) == 1 and (institution := _institution_ending(segment, people)):
        return Reference("institution", institution, None, verb_at)  # "Polda Metro Jaya"
    if name and name != segment and breaks and breaks[-1].group() == "," and (
        lexicon.office_pattern.match(segment)
        or _business_title(segment.split()[0], cues, lexicon)
    ) and (apposed := _apposed_name(clause[:breaks[-1].start()], people)):
        # "Franky Welirang, Direktur PT Indofood Sukses Makmur, mengatakan", "Don McGuire, VP
        # Product Marketing Qualcomm, memastikan": the name, then the office or business title
        # set off by commas, whose organisation is no speaker
        return Reference("name", apposed, segment, verb_at - len(clause) + clause.rfind(apposed))
    if name and segment == name and _common_opening(body, body.rfind(name, 0, verb_at), name,
                                                    people):
        # "Sembari menyampaikan, bahwa ...": a sentence without a subject keeps the one before
        return Reference("pronoun", None, None, verb_at)
    if name and lexicon.office_pattern.fullmatch(name) and people.with_role(name, verb_at):
        # "Jaksa Agung juga menegaskan" after "Jaksa Agung M Prasetyo": an office whose last
        # word is also a name's ("Agung") is the office's holder named before
        return Reference("role", None, name, verb_at)
    if name:
        role = segment[:len(segment) - len(name)].strip(" ,")
        role_words = role.split()
        while role_words and lexicon.honorific_pattern.fullmatch(role_words[-1]):
            role_words.pop()  # "Staf Divisi ... dr": the honorific is the name's
        if role_words and _ACTIVE_VERB.fullmatch(role_words[-1]) and (
                role_words[-1] not in cues.between):
            return None  # "KPK telah menetapkan Setya Novanto (sebagai tersangka ...)": an object
        if described := subject_description(name, role_words, segment, verb_at, people, cues):
            return described  # "Seorang sumber militer Korea Selatan mengatakan": no one named
        role = " ".join(role_words)
        named_words = name.split()
        if len(named_words) >= 3 and role_words and ACRONYM.fullmatch(role_words[-1]) and (
            written_apart(body, named_words[0], named_words[1])
            and written_apart(body, named_words[1], "", named_words[0])
        ):
            # "Ketua LHKP PP Muhammadiyah Ridho Al Hamdi", later "kata Ridho": after an
            # organisation's acronym, a word the article also writes apart from the name ("PP
            # Muhammadiyah") is the organisation's, when the next word is written alone too
            role = f"{role} {named_words[0]}"
            name = " ".join(named_words[1:])
        if len(named_words) == 1 and role_words and role_words[-1] in cues.person_nouns and (
            role_words[-1] not in FOR_SOMEONE and people.named(name, verb_at) is None
        ) and only_described(body, name):
            # "Eks penggawa Chelsea kemudian mengatakan": a description of the person named
            # before, with a team's or a place's name, not a person's ("hakim Kusno" is a
            # person's where the body also writes ", Kusno," or "kata Kusno")
            return Reference("pronoun", None, None, verb_at)
        if not role and breaks:
            # "Kuasa hukum Syamsir, Jhon Ely Tumanggor, mengatakan": the role before the comma
            role = clause[:breaks[-1].start()].split(",")[-1].strip()
        first = role.split()[0].lower() if role.split() else ""
        if not (lexicon.office_pattern.search(role) or first in cues.titles):
            role = ""  # "Secara khusus Eddy menyampaikan": no role
        return _named(body, name, role or None, verb_at - len(name), cues, lexicon)
    if re.fullmatch(r"[A-Z][a-z]{1,2}", segment) and people.named(segment, verb_at):
        return Reference("name", segment, None, verb_at - len(segment))  # "Ja menulis": Ja Song Nam
    seg_words = segment.split()
    while seg_words and seg_words[0].lower() in cues.openers:
        seg_words.pop(0)
    if not seg_words:
        return None
    segment = " ".join(seg_words)
    # "Ibnu, mahasiswa lain, mengungkapkan": a description of a person after the comma makes
    # one capitalised word before it a name, even written once
    described = seg_words[0].lower() in cues.person_nouns or seg_words[0].lower() in (
        cues.unnamed) or [w.lower() for w in seg_words[:2]] == ["salah", "satu"]
    if breaks and breaks[-1].group() == "," and (
        apposed := _apposed_name(clause[:breaks[-1].start()], people, described)
    ):
        # "Geatan, saksi mata lain, menyebut ...": the name, then what the person is
        if apposed.split()[0].lower() in cues.kin:
            # "Istri Mike Tramp, vokalis ... ini, mengatakan": the wife, named before if at all
            back = seg_words[-1].lower() in ("ini", "itu", "tersebut")
            return Reference("pronoun" if back else "unnamed", None,
                             None if back else apposed, verb_at)
        return Reference("name", apposed, segment, verb_at - len(segment))
    if lexicon.office_pattern.fullmatch(segment) or (
        lexicon.office_pattern.match(segment) and all(
            w[0].isupper() for w in seg_words)
    ) or (_only_office(segment, lexicon) and people.with_role(segment, verb_at)):
        return Reference("role", None, segment, verb_at)
    if institution := institution_named(seg_words, lexicon, cues, clause[:breaks[-1].end()] if (
            breaks and breaks[-1].group() == ")") else ""):  # "Kantor Staf Presiden"
        return Reference("institution", institution, None, verb_at)
    unnamed = _unnamed(seg_words, verb_at, cues) or counted_group(seg_words, verb_at)
    if unnamed is None and breaks and breaks[-1].group() == ",":
        # "Saksi lain, seorang insinyur yang tak mau disebut namanya, mengatakan": the noun
        # before the description set off by commas
        unnamed = _unnamed(clause[:breaks[-1].start()].split(",")[-1].split(), verb_at, cues)
    if unnamed is not None and unnamed.role and _of_a_place(unnamed.role, people):
        # "Otoritas Lingkungan Oman menyatakan", "Polisi Jerman menyebut": a country's or a
        # region's authority, named as written
        return Reference("institution", unnamed.role, None, verb_at)
    return unnamed


def _common_opening(body: str, at: int, word: str, people: People) -> bool:
    """Whether one capitalised word before a verb is a word that opens a sentence with no
    subject ("Sembari", "Lalu": statement_cues.tsv, kind opener), not a name: it opens the
    sentence and names no one in the article."""
    if " " in word or word.lower() not in load_cues().openers:
        return False
    return at >= 0 and sentence_start(body, at) == at and people.named(word, at) is None


def _relative_speaker(body: str, before: str, apposed: bool, verb_at: int,
                      people: People) -> Reference | None:
    """The person named right before "yang" + a reporting verb: a name of two words or more
    set off by commas ("pemilik MNC Group, Harry Tanoesoedibjo, yang mengatakan"), or a person
    the article names elsewhere too ("gurauan Rossi yang mengatakan"); not a country's or a
    company's name written once ("negara di Timur Tengah yang mengakui")."""
    name = name_ending(before, people.lexicon)
    if not name or is_place(name.split(), people.lexicon) or _canonical_region(name) or (
        ACRONYM.fullmatch(name.split()[0])
    ):
        return None
    ahead = before[:len(before) - len(name)].split()[-1:] if before.endswith(name) else []
    if ahead and not ahead[0].endswith(",") and (
            ahead[0].lower() in load_cues().organisations or ahead[0][:1].isupper()
                  or people.lexicon.phrases.get(ahead[0]) is not None):
        return None  # "Rumah Sakit Jiwa X, yang menyatakan": an institution's name, cut
    if apposed:
        if len(name.split()) < 2 or not before.endswith(name) or "," not in before:
            return None
    elif people.named(name, verb_at) is None and body.count(name) < 3:
        return None
    return Reference("name", name, None, body.rfind(name, 0, verb_at))


def _of_a_place(description: str, people: People) -> bool:
    """Whether a description opens with a capitalised noun and ends with a place's name, in
    three or four words: "Otoritas Lingkungan Oman", "Otoritas kepresidenan Palestina" ("Media
    Inggris", "Polisi Jerman" are speakers the text does not name)."""
    words = description.split()
    return 3 <= len(words) <= 4 and words[0][:1].isupper() and (
        words[0].lower() in load_cues().unnamed) and not any(
        w.lower() in QUANTIFIERS or w in ADJUNCT_WORDS for w in words) and is_place(
        words[-1:], people.lexicon)


def _apposed_name(before: str, people: People, described: bool = False) -> str | None:
    """The name that is the whole clause before a comma ("Geatan" in "Geatan, saksi mata lain,
    menyebut"), when that clause opens the sentence or follows an opener's comma. One word
    written once is a name only when `described` (a person's description follows)."""
    clauses = before.split(",")
    last = clauses[-1].strip()
    name = name_ending(last, people.lexicon) if last else None
    if not name or name != last or ACRONYM.fullmatch(name) or name.split()[0] in DAYS or (
        _SEQUENCE.fullmatch(name) or name.lower() in _OPENING
    ) or (" " not in name and people.body.count(name) < 2 and not described):
        return None  # one word written once ("Alhasil, PSSI meminta"): no one's name
    if len(clauses) > 1 and not all(
        w[:1].isupper() or w.lower() in people.titles for w in ",".join(clauses[:-1]).split()
    ) and clauses[0].split()[:1] and clauses[0].split()[0].lower() not in _OPENING:
        return None
    return name


# "Pertama, ..., MK menyatakan": a step of an enumeration, no name
_SEQUENCE = re.compile(r"(?i)pertama|ke(?:dua|tiga|empat|lima|enam|tujuh)|terakhir|selanjutnya"
                       r"|akhirnya|intinya|singkatnya|sebelumnya|kemudian")
_OPENING = frozenset({"sementara", "selain", "namun", "kemudian", "adapun", "meski", "tetapi",
                      "sedangkan", "di", "dalam", "saat", "ketika", "usai", "menurut"})


_ANONYMOUS = re.compile(
    r",?[ \t\u00a0]+yang[ \t\u00a0]+(?:enggan|(?:tak|tidak)[ \t\u00a0]+(?:mau|ingin|bersedia)|"
    r"minta|meminta)[ \t\u00a0]+(?:(?:di|me)?(?:nyebut|sebut)(?:kan)?)[ \t\u00a0]+"
    r"(?:nama|identitas)(?:nya)?,?[ \t\u00a0]*$")
_INTERROGATIVES = frozenset({"kenapa", "mengapa", "apakah", "bagaimana", "benarkah"})


def _unnamed(words: list[str], verb_at: int, cues: Cues) -> Reference | None:
    """"beberapa penonton menyebut", "Otoritas setempat menyebut": said by someone the text
    does not name; the statement is kept without a speaker. Not when the noun is the object of
    a verb before it ("mencegah orang lain mengakui ...")."""
    for at in range(len(words) - 1, max(-1, len(words) - 4), -1):
        word = words[at].lower().strip(",")
        # "keluarganya", "istrinya": someone's family or wife the text does not name
        owned = word[:-3] if word.endswith("nya") else ""
        # "seorang pejabat", "sejumlah analis", "para pengamat": a person-noun with a
        # quantifier before it is someone the text does not name
        counted = word in cues.person_nouns and at > 0 and words[at - 1].lower() in QUANTIFIERS
        # "Pihak kepolisian mengatakan": a side the text does not name ("pihak KBRI" names it)
        counted = counted or (word == "pihak" and at + 1 < len(words) and words[at + 1].islower())
        if word not in cues.unnamed and owned not in cues.unnamed and owned not in cues.kin and (
                not counted):
            continue
        while at > 0 and words[at - 1].lower() in QUANTIFIERS:
            at -= 1
        if "bahwa" in (w.lower() for w in words[:at]):
            return None  # "menunjukkan bahwa banyak orang menilai ...": inside what is shown
        verb = words[at - 1] if at > 0 else ""
        if (verb[:1].islower() and verb.startswith(("me", "di", "ber", "ter"))) or (
                verb.lower() in _INTERROGATIVES):
            return None  # "ditanyakan kenapa pihak Polri selalu menyatakan ...": asked
        return Reference("unnamed", None, " ".join(words[at:]), verb_at)
    return None


def _person_before(text: str, verb_at: int, people: People) -> bool:
    """Whether the words before an adjunct ("Abhan sebagai Majelis Pemeriksa") end in a person's
    name: one the article names, or two name words or more that are no institution's."""
    name = name_ending(text.rstrip(" ,"), people.lexicon)
    if not name or _institution_ending(text, people):
        return False
    return people.named(name, verb_at) is not None or (len(name.split()) >= 2 and all(
        is_name_word(word, people.lexicon) for word in name.split()))


def _only_opening(text: str) -> bool:
    """Whether the words before a clause only open the sentence: "", "Sementara itu,"."""
    words = [w.lower().strip(",") for w in text.split()]
    return all(w in _OPENING or w in ("itu", "ini", "pula", "juga", "namun") for w in words)


def _institution_ending(segment: str, people: People) -> str | None:
    """An institution's name that ends a subject and ends in what reads as a one-word name:
    "Polda Metro Jaya" (the word before the last is an institution's or a unit's), not an
    office ("Kapolda Metro Jaya" is read as a role)."""
    words = segment.split()
    lexicon = people.lexicon

    def institutional(word: str) -> bool:
        return word in lexicon.institutions or lexicon.phrases.get(word) in ("unit",
                                                                             "institution")

    for at in range(len(words) - 2, max(-1, len(words) - 5), -1):
        word = words[at]
        if not word[:1].isupper() or lexicon.office_pattern.fullmatch(word):
            return None
        if institutional(word):
            while at > 0 and words[at - 1][:1].isupper() and institutional(words[at - 1]):
                at -= 1  # "Polda Metro Jaya": both are
            return " ".join(words[at:])
    return None


def _office_after_comma(tail: str, lexicon: Lexicon) -> bool:
    """Whether the words before the verb are an office alone after a comma: "..., Wakil
    Presiden menegaskan" (the office's holder speaks, not a name before the comma)."""
    parts = tail.rstrip(" \t\u00a0,").rsplit(",", 1)
    return len(parts) == 2 and _only_office(parts[1].strip(), lexicon)


def _only_office(words: str, lexicon: Lexicon) -> bool:
    """Whether a few capitalised words end with an office's word ("Wakil Presiden"): an
    office named without its holder's name."""
    if not 1 <= len(words.split()) <= 4 or not all(word[:1].isupper() for word in words.split()):
        return False
    return any(office.end() == len(words) for office in lexicon.office_pattern.finditer(words))


def _described(words: list[str], cues: Cues) -> str | None:
    """The person noun a subject opens its description with, when it is one closed by
    "itu"/"tersebut" ("pria yang akrab disapa Amel itu", "politikus asal Bandung tersebut"),
    no comma between."""
    while words and words[-1].lower().strip(",") in cues.between:
        words = words[:-1]
    if not words or words[-1].lower() not in ("itu", "tersebut"):
        return None
    segment = words[-10:]
    return next((word for at, word in enumerate(segment[:-1]) if word.lower() in cues.person_nouns
                 and not any(w.endswith(",") for w in segment[at:-1])), None)


def _business_title(word: str, cues: Cues, lexicon: Lexicon) -> bool:
    """A capitalised title word that is no person noun, rank or honorific: "Managing",
    "Founder", "CEO", "Head"."""
    lower = word.lower()
    return word[:1].isupper() and lower in cues.titles and lower not in cues.person_nouns and (
        not lexicon.honorific_pattern.fullmatch(word))


def _office_first(phrase: str, cues: Cues, lexicon: Lexicon) -> bool:
    """Whether a phrase opens with an office or a title ("CTO UrbanIndo", "Kepala Dinas X"),
    not a person's noun before a name ("Dokter Ooi Choon Jin")."""
    first = phrase.split()[0] if phrase.split() else ""
    return bool(first) and first.lower() not in cues.person_nouns and (
        first.lower() in cues.titles or bool(lexicon.office_pattern.match(phrase)))


def _named(body: str, name: str, role: str | None, at: int, cues: Cues,
           lexicon: Lexicon) -> Reference:
    """A name reference, a title read with the name moved to the role. A relative or a
    description before a name is someone else: "Kakak Raoul Salim ini" refers back to the
    person named before, "Istri Mike Tramp mengatakan" is said by someone the text does not
    name."""
    written = body.find(name, max(0, at - len(name) - 8), at + len(name) + 8)  # or it ends there
    if written >= 0:
        at = written
    words = name.split()
    if len(words) > 1 and words[0].lower() in cues.kin:
        after = body[at + len(name):at + len(name) + 12].split()
        if after and after[0].strip(",.").lower() in ("ini", "itu", "tersebut"):
            return Reference("pronoun", None, None, at)
        return Reference("unnamed", None, name, at)
    name, title = without_title(name, body, cues.titles)
    if written >= 0 and not title:
        name = trimmed_name(name, body, at, lexicon)
    if title:
        role = f"{role} {title}" if role else title
    return Reference("name", name, role, at)
