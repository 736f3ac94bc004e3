/* The loops a build runs over every word of every article, compiled.
 *
 * In Python (a regex's findall, then a dict lookup, a list append and a few bytecodes per word)
 * they were a large part of a build's time at 58,000 articles. Each gives exactly what the
 * Python gave:
 *
 *   positions_postings  the postings of one text for a Positions field (index/analysis/analyzer.py);
 *                       tests/test_bulk_writer.py compares them with Whoosh's own field.index,
 *                       whose tokenizer is the regex TOKEN_PATTERN.
 *   forget_words        forgets the word -> term cache positions_postings keeps.
 *   simhash             the 64-bit SimHash of word 2-shingles (index/analysis/fingerprint.py);
 *                       tests/test_fingerprint.py compares it with a numpy reference.
 *   fact_words          the numbers, acronyms and names a text's facts are made of, and its
 *                       number of words (index/analysis/fingerprint.py); tests/test_copies.py
 *                       compares it with a Python reference.
 *
 * A segment's postings are written as Whoosh's blocks by index/store/_blocks.c.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#include "words.h"

/* ---------------------------------------------------------------- words to terms, cached */

/* Every word met so far, by its characters as written, with its term: the cache is looked up
 * with the text's own characters, so a word that is known costs no str object and no Python
 * dict lookup. Terms are numbered; each keeps its UTF-8 bytes, shared by all its postings (a
 * build holds a segment's postings in memory). Both tables start afresh when one is full. */
#define MAX_KNOWN 1000000

#define INLINE_CHARS 19
#define NOT_INLINE 0xff

/* A known word. A short word of Latin-1 characters is compared with the text by the copy of
 * its characters kept here, next to its hash: reading the str object too would mostly miss
 * the CPU's caches. */
typedef struct {
    uint64_t hash;
    PyObject *word;  /* NULL: an empty place */
    int32_t term;    /* its number, or -1 for a stopword */
    uint8_t size;    /* its length, or NOT_INLINE when chars does not hold it */
    unsigned char chars[INLINE_CHARS];
} Known;

typedef struct {
    PyObject *utf8;
    Py_ssize_t seen_in; /* the call that last met it, and its slot in that call */
    Py_ssize_t slot;
} Term;

static Known *known;
static size_t known_size, known_count; /* places (a power of two), words */
static Term *known_terms;
static Py_ssize_t terms_count, terms_capacity, calls;
static PyObject *term_numbers; /* dict: term -> its number */

static void forget_words(void)
{
    for (size_t i = 0; i < known_size; i++)
        Py_XDECREF(known[i].word);
    for (Py_ssize_t t = 0; t < terms_count; t++)
        Py_DECREF(known_terms[t].utf8);
    PyMem_Free(known);
    PyMem_Free(known_terms);
    known = NULL;
    known_terms = NULL;
    known_size = known_count = 0;
    terms_count = terms_capacity = 0;
    PyDict_Clear(term_numbers);
}

PyDoc_STRVAR(forget_words_doc,
"forget_words()\n"
"\n"
"Forget every word's term that positions_postings remembers (it also does so by itself\n"
"when it knows a million words).");

static PyObject *forget_words_py(PyObject *self, PyObject *unused)
{
    forget_words();
    Py_RETURN_NONE;
}

static uint64_t hash_word(Words *words, Py_ssize_t start, Py_ssize_t end)
{
    uint64_t hash = 14695981039346656037ull; /* FNV-1a over code points */
    for (Py_ssize_t i = start; i < end; i++)
        hash = (hash ^ CHAR(words, i)) * 1099511628211ull;
    return hash | 1; /* never 0 */
}

static int same_word(const Known *entry, Words *words, Py_ssize_t start, Py_ssize_t end)
{
    Py_ssize_t size = end - start;
    if (entry->size != NOT_INLINE) {
        if (entry->size != size)
            return 0;
        if (words->kind == PyUnicode_1BYTE_KIND)
            return memcmp(entry->chars, (const char *)words->data + start, size) == 0;
        for (Py_ssize_t k = 0; k < size; k++)
            if (entry->chars[k] != CHAR(words, start + k))
                return 0;
        return 1;
    }
    PyObject *word = entry->word;
    if (PyUnicode_GET_LENGTH(word) != size)
        return 0;
    int kind = PyUnicode_KIND(word);
    const void *data = PyUnicode_DATA(word);
    if (kind == words->kind)
        return memcmp(data, (const char *)words->data + start * kind, size * kind) == 0;
    for (Py_ssize_t k = 0; k < size; k++)
        if (PyUnicode_READ(kind, data, k) != CHAR(words, start + k))
            return 0;
    return 1;
}

/* The place of a word in the table: where it is, or the empty place where it would go. */
static Known *place_of(uint64_t hash, Words *words, Py_ssize_t start, Py_ssize_t end)
{
    size_t i = (size_t)hash & (known_size - 1);
    while (known[i].word != NULL
           && !(known[i].hash == hash && same_word(&known[i], words, start, end)))
        i = (i + 1) & (known_size - 1);
    return &known[i];
}

static int grow_known(void)
{
    size_t size = known_size ? 2 * known_size : 1 << 16;
    Known *old = known, *table = PyMem_Calloc(size, sizeof(Known));
    if (table == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    for (size_t i = 0; i < known_size; i++) {
        if (old[i].word == NULL)
            continue;
        size_t j = (size_t)old[i].hash & (size - 1);
        while (table[j].word != NULL)
            j = (j + 1) & (size - 1);
        table[j] = old[i];
    }
    PyMem_Free(old);
    known = table;
    known_size = size;
    return 0;
}

/* The number of a term, given a number when it is new. */
static Py_ssize_t term_number(PyObject *term)
{
    PyObject *number = PyDict_GetItemWithError(term_numbers, term);
    if (number != NULL)
        return PyLong_AsSsize_t(number);
    if (PyErr_Occurred())
        return -1;
    if (terms_count == terms_capacity) {
        Py_ssize_t capacity = terms_capacity ? 2 * terms_capacity : 1 << 14;
        Term *grown = PyMem_Realloc(known_terms, capacity * sizeof(Term));
        if (grown == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        known_terms = grown;
        terms_capacity = capacity;
    }
    PyObject *utf8 = PyUnicode_AsUTF8String(term);
    number = utf8 ? PyLong_FromSsize_t(terms_count) : NULL;
    if (number == NULL || PyDict_SetItem(term_numbers, term, number) < 0) {
        Py_XDECREF(utf8);
        Py_XDECREF(number);
        return -1;
    }
    Py_DECREF(number);
    known_terms[terms_count] = (Term){utf8, -1, 0};
    return terms_count++;
}

/* The number of the term of text[start:end] (-1 for a stopword), asking term_for the first
 * time a word is met; -2 on an error. */
static Py_ssize_t term_of_word(Words *words, PyObject *text, Py_ssize_t start, Py_ssize_t end,
                               PyObject *term_for)
{
    uint64_t hash = hash_word(words, start, end);
    Known *place = place_of(hash, words, start, end);
    if (place->word != NULL)
        return place->term;
    PyObject *word = PyUnicode_Substring(text, start, end);
    PyObject *term = word ? PyObject_CallOneArg(term_for, word) : NULL;
    Py_ssize_t number = -2;
    if (term == NULL)
        goto done;
    if (term == Py_None || (PyUnicode_Check(term) && PyUnicode_GET_LENGTH(term) == 0))
        number = -1; /* a stopword */
    else if (!PyUnicode_Check(term))
        PyErr_SetString(PyExc_TypeError, "a term must be a str");
    else if ((number = term_number(term)) < 0)
        number = -2;
    if (number == -2)
        goto done;
    *place = (Known){hash, Py_NewRef(word), (int32_t)number, NOT_INLINE, {0}};
    if (PyUnicode_KIND(word) == PyUnicode_1BYTE_KIND && end - start <= INLINE_CHARS) {
        place->size = (uint8_t)(end - start);
        memcpy(place->chars, PyUnicode_DATA(word), end - start);
    }
    if (++known_count * 2 > known_size && grow_known() < 0)
        number = -2;
done:
    Py_XDECREF(word);
    Py_XDECREF(term);
    return number;
}

/* ------------------------------------------------------------------ positions postings */

/* Python's pickle (protocol 2) of a list of small non-negative ints, as Whoosh's Positions
 * format stores a term's position gaps after their count: the same bytes pickle.dumps gives. */
#define PICKLE_BATCH 1000 /* pickle appends list items in batches of this many */

static char *put_int(char *out, long value)
{
    if (value <= 0xff) {
        *out++ = 'K';
        *out++ = (char)value;
    } else if (value <= 0xffff) {
        *out++ = 'M';
        *out++ = (char)(value & 0xff);
        *out++ = (char)(value >> 8);
    } else {
        *out++ = 'J';
        for (int k = 0; k < 4; k++)
            *out++ = (char)((value >> (8 * k)) & 0xff);
    }
    return out;
}

/* pack_uint(count) + dumps(gaps, 2) for sorted positions. */
static PyObject *encode_positions(const Py_ssize_t *positions, Py_ssize_t count)
{
    Py_ssize_t size = 4 + 5 + 5 * count + 2 * (count / PICKLE_BATCH + 1) + 1;
    PyObject *value = PyBytes_FromStringAndSize(NULL, size);
    if (value == NULL)
        return NULL;
    char *start = PyBytes_AS_STRING(value), *out = start;
    for (int k = 3; k >= 0; k--)
        *out++ = (char)((count >> (8 * k)) & 0xff);
    memcpy(out, "\x80\x02]q\x00", 5); /* protocol 2, an empty list, memoised as 0 */
    out += 5;
    if (count == 1) {
        out = put_int(out, (long)positions[0]);
        *out++ = 'a';
    } else {
        Py_ssize_t i = 0;
        while (i < count) {
            *out++ = '(';
            for (Py_ssize_t batch = 0; batch < PICKLE_BATCH && i < count; batch++, i++)
                out = put_int(out, (long)(positions[i] - (i ? positions[i - 1] : 0)));
            *out++ = 'e';
        }
    }
    *out++ = '.';
    if (_PyBytes_Resize(&value, out - start) < 0)
        return NULL;
    return value;
}

/* The value of a term found once, by its position: the commonest value, shared rather than
 * made afresh (a build holds a segment's postings in memory). */
#define SHARED_SINGLES 4096
static PyObject *single_values[SHARED_SINGLES];

static PyObject *positions_value(const Py_ssize_t *positions, Py_ssize_t count)
{
    if (count == 1 && positions[0] < SHARED_SINGLES) {
        PyObject **shared = &single_values[positions[0]];
        if (*shared == NULL && (*shared = encode_positions(positions, 1)) == NULL)
            return NULL;
        return Py_NewRef(*shared);
    }
    return encode_positions(positions, count);
}

PyDoc_STRVAR(positions_postings_doc,
"positions_postings(text, term_for, lead, lead_boost, boost)\n"
"\n"
"The postings of one text for a Positions field: (terms as UTF-8, weights, encoded\n"
"positions, length), each term once, in order of first appearance.\n"
"The text's words are TOKEN_PATTERN's (index/analysis/analyzer.py); term_for(word): the term of a\n"
"word ('' or None for a stopword), asked once per word as written and then remembered,\n"
"so it must always be the same function (and must not call back into this module).\n"
"The first `lead` terms weigh lead_boost; every weight is multiplied by boost.");

static PyObject *positions_postings(PyObject *self, PyObject *args)
{
    PyObject *text, *term_for;
    Py_ssize_t lead;
    double lead_boost, boost;
    if (!PyArg_ParseTuple(args, "UOndd:positions_postings", &text, &term_for, &lead,
                          &lead_boost, &boost))
        return NULL;
    if (known_count >= MAX_KNOWN || terms_count >= MAX_KNOWN)
        forget_words();
    if (known == NULL && grow_known() < 0)
        return NULL;
    calls++;

    Words words = words_of(text);
    Py_ssize_t n = words.length / 2 + 1, count = 0, nterms = 0; /* a word every other char */
    Py_ssize_t *slot_of = PyMem_Malloc(n * sizeof(Py_ssize_t));   /* by position */
    Py_ssize_t *order = PyMem_Malloc(n * sizeof(Py_ssize_t));     /* term numbers by slot */
    Py_ssize_t *counts = NULL, *starts = NULL, *grouped = NULL;
    PyObject *utf8s = NULL, *weights = NULL, *values = NULL;
    if (slot_of == NULL || order == NULL)
        goto error;

    Py_ssize_t start, end;
    while (next_word(&words, 1, &start, &end)) {
        Py_ssize_t number = term_of_word(&words, text, start, end, term_for);
        if (number == -2)
            goto error;
        if (number == -1)
            continue;
        Term *term = &known_terms[number];
        if (term->seen_in != calls) {
            term->seen_in = calls;
            term->slot = nterms;
            order[nterms++] = number;
        }
        slot_of[count++] = term->slot;
    }

    /* Each term's positions, grouped by a counting sort over the known_terms' slots. */
    counts = PyMem_Calloc(nterms + 1, sizeof(Py_ssize_t));
    starts = PyMem_Malloc((nterms + 1) * sizeof(Py_ssize_t));
    grouped = PyMem_Malloc((count + 1) * sizeof(Py_ssize_t));
    utf8s = PyList_New(nterms);
    weights = PyList_New(nterms);
    values = PyList_New(nterms);
    if (!counts || !starts || !grouped || !utf8s || !weights || !values)
        goto error;
    for (Py_ssize_t p = 0; p < count; p++)
        counts[slot_of[p]]++;
    for (Py_ssize_t t = 0, sum = 0; t < nterms; t++) {
        starts[t] = sum;
        sum += counts[t];
    }
    for (Py_ssize_t p = 0; p < count; p++)
        grouped[starts[slot_of[p]]++] = p;

    for (Py_ssize_t t = 0; t < nterms; t++) {
        Py_ssize_t found = counts[t];
        const Py_ssize_t *positions = grouped + starts[t] - found;
        Py_ssize_t leading = 0;
        while (leading < found && positions[leading] < lead)
            leading++;
        double weight = leading ? ((double)leading * lead_boost + (double)(found - leading)) * boost
                                : (double)found * boost;
        PyObject *number = PyFloat_FromDouble(weight);
        PyObject *value = positions_value(positions, found);
        if (!number || !value) {
            Py_XDECREF(number);
            Py_XDECREF(value);
            goto error;
        }
        PyList_SET_ITEM(utf8s, t, Py_NewRef(known_terms[order[t]].utf8));
        PyList_SET_ITEM(weights, t, number);
        PyList_SET_ITEM(values, t, value);
    }
    PyMem_Free(slot_of);
    PyMem_Free(order);
    PyMem_Free(counts);
    PyMem_Free(starts);
    PyMem_Free(grouped);
    return Py_BuildValue("(NNNn)", utf8s, weights, values, count);

error:
    PyMem_Free(slot_of);
    PyMem_Free(order);
    PyMem_Free(counts);
    PyMem_Free(starts);
    PyMem_Free(grouped);
    Py_XDECREF(utf8s);
    Py_XDECREF(weights);
    Py_XDECREF(values);
    return NULL;
}

/* ------------------------------------------------------------------------------ simhash */

static uint32_t crc_table[256];

static void make_crc_table(void)
{
    for (uint32_t n = 0; n < 256; n++) {
        uint32_t c = n;
        for (int k = 0; k < 8; k++)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[n] = c;
    }
}

/* One byte into a CRC-32 register, kept inverted (zlib.crc32(data, crc) is ~ of the register
 * run from ~crc), so that a register can go on through the next bytes. */
#define CRC_STEP(reg, byte) ((reg) = crc_table[((reg) ^ (byte)) & 0xff] ^ ((reg) >> 8))

/* The four registers a word's UTF-8 is run through, in one pass over its characters: the
 * shingle it ends (begun from its previous word and a space) and the one it starts (begun
 * afresh), each for the high and the low half of the hash. */
typedef struct {
    uint32_t ended_high, ended_low, started_high, started_low;
} Registers;

static void run_word(Registers *regs, Words *words, Py_ssize_t start, Py_ssize_t end)
{
    uint32_t a = regs->ended_high, b = regs->ended_low, c = regs->started_high,
             d = regs->started_low;
    unsigned char bytes[4];
    for (Py_ssize_t i = start; i < end; i++) {
        Py_UCS4 ch = CHAR(words, i);
        int size;
        if (ch < 0x80) {
            bytes[0] = (unsigned char)ch;
            size = 1;
        } else if (ch < 0x800) {
            bytes[0] = 0xC0 | (ch >> 6);
            bytes[1] = 0x80 | (ch & 0x3F);
            size = 2;
        } else if (ch < 0x10000) {
            bytes[0] = 0xE0 | (ch >> 12);
            bytes[1] = 0x80 | ((ch >> 6) & 0x3F);
            bytes[2] = 0x80 | (ch & 0x3F);
            size = 3;
        } else {
            bytes[0] = 0xF0 | (ch >> 18);
            bytes[1] = 0x80 | ((ch >> 12) & 0x3F);
            bytes[2] = 0x80 | ((ch >> 6) & 0x3F);
            bytes[3] = 0x80 | (ch & 0x3F);
            size = 4;
        }
        for (int k = 0; k < size; k++) {
            CRC_STEP(a, bytes[k]);
            CRC_STEP(b, bytes[k]);
            CRC_STEP(c, bytes[k]);
            CRC_STEP(d, bytes[k]);
        }
    }
    regs->ended_high = a;
    regs->ended_low = b;
    regs->started_high = c;
    regs->started_low = d;
}

PyDoc_STRVAR(simhash_doc,
"simhash(text, seed)\n"
"\n"
"The signed 64-bit SimHash of the 2-shingles of a text's words (re's \\w+; padded with empty\n"
"words to two): bit i is set when more than half of the shingles' hashes have it. A shingle\n"
"\"a b\" hashes to its UTF-8 CRC-32 (high half) and its CRC-32 seeded with seed (low half).");

/* A byte's eight bits spread to the eight bytes of a word (bit k to byte k): the votes of
 * eight bits are counted in one addition, each in its own byte, for up to 255 shingles. */
static uint64_t spread_bits[256];

static void make_spread_table(void)
{
    for (int v = 0; v < 256; v++) {
        uint64_t spread = 0;
        for (int k = 0; k < 8; k++)
            if (v >> k & 1)
                spread |= (uint64_t)1 << (8 * k);
        spread_bits[v] = spread;
    }
}

typedef struct {
    Py_ssize_t votes[64]; /* by bit */
    uint64_t packed[8];   /* bits 8j..8j+7 in packed[j], a byte each, not yet in votes */
    int pending;          /* shingles in packed */
} Votes;

static void flush_votes(Votes *tally)
{
    for (int j = 0; j < 8; j++) {
        for (int k = 0; k < 8; k++)
            tally->votes[8 * j + k] += (tally->packed[j] >> (8 * k)) & 0xff;
        tally->packed[j] = 0;
    }
    tally->pending = 0;
}

static void vote(Votes *tally, uint32_t high, uint32_t low)
{
    uint64_t hash = ((uint64_t)high << 32) | low;
    for (int j = 0; j < 8; j++)
        tally->packed[j] += spread_bits[(hash >> (8 * j)) & 0xff];
    if (++tally->pending == 255)
        flush_votes(tally);
}

static PyObject *simhash(PyObject *self, PyObject *args)
{
    PyObject *text;
    unsigned int seed;
    if (!PyArg_ParseTuple(args, "UI:simhash", &text, &seed))
        return NULL;
    Words words = words_of(text);
    Votes tally;
    memset(&tally, 0, sizeof tally);
    Py_ssize_t count = 0, start, end;
    /* the shingle before the first word starts with the empty word and a space */
    uint32_t fresh_high = ~0u, fresh_low = ~(uint32_t)seed;
    Registers regs = {fresh_high, fresh_low, 0, 0};
    CRC_STEP(regs.ended_high, ' ');
    CRC_STEP(regs.ended_low, ' ');
    while (next_word(&words, 0, &start, &end)) {
        regs.started_high = fresh_high;
        regs.started_low = fresh_low;
        run_word(&regs, &words, start, end);
        if (count++)
            vote(&tally, ~regs.ended_high, ~regs.ended_low);
        regs.ended_high = regs.started_high; /* the next shingle: this word and a space */
        regs.ended_low = regs.started_low;
        CRC_STEP(regs.ended_high, ' ');
        CRC_STEP(regs.ended_low, ' ');
    }
    if (count < 2) /* one shingle, padded: "word " or " " */
        vote(&tally, ~regs.ended_high, ~regs.ended_low);
    flush_votes(&tally);
    Py_ssize_t shingles = count < 2 ? 1 : count - 1;
    uint64_t value = 0;
    for (int bit = 0; bit < 64; bit++)
        if (2 * tally.votes[bit] > shingles)
            value |= (uint64_t)1 << bit;
    return PyLong_FromLongLong((long long)value);
}

/* --------------------------------------------------------------------------- fact words */

PyDoc_STRVAR(fact_words_doc,
"fact_words(texts)\n"
"\n"
"The words the facts of some texts are made of. texts: (text, names) pairs; names says whether\n"
"the text's names count. A token is a run of decimal digits or a run of letters. Returns\n"
"(numbers, acronyms, names, tokens):\n"
"- numbers: every run of digits, as ASCII digits without leading zeros (\"007\" is \"7\");\n"
"- acronyms: every run of letters, as written, whose first letter is a capital and whose others\n"
"  hold a capital or no lowercase letter (NTT, MotoGP);\n"
"- names: the other capitalised runs of letters (str.lower'ed) of the texts whose names count,\n"
"  except those that start a sentence and those that some text writes in lowercase (as a run\n"
"  of lowercase letters). A word starts a sentence when before it, past spaces, line breaks,\n"
"  quotes and opening parentheses, is the start of the text, one of . ! ? : ; \" \xe2\x80\x9c \xe2\x80\x9d\n"
"  or a line break, or a dash after a space;\n"
"- tokens: how many tokens the texts hold.");

/* Unicode's character classes, with the ASCII ones answered here (most of a text). */
static inline int is_letter(Py_UCS4 ch)
{
    return ch < 128 ? (ch | 32) - 'a' < 26u : Py_UNICODE_ISALPHA(ch);
}
static inline int is_digit(Py_UCS4 ch)
{
    return ch < 128 ? ch - '0' < 10u : Py_UNICODE_ISDECIMAL(ch);
}
static inline int is_lower(Py_UCS4 ch)
{
    return ch < 128 ? ch - 'a' < 26u : Py_UNICODE_ISLOWER(ch);
}
static inline int is_capital(Py_UCS4 ch)
{
    return ch < 128 ? ch - 'A' < 26u : Py_UNICODE_ISUPPER(ch) || Py_UNICODE_ISTITLE(ch);
}
static inline int is_space(Py_UCS4 ch)
{
    return ch < 128 ? ch == ' ' || (ch >= 9 && ch <= 13) || (ch >= 28 && ch <= 31)
                    : Py_UNICODE_ISSPACE(ch);
}

static int skipped_before_word(Py_UCS4 ch)
{
    return is_space(ch) || ch == '\'' || ch == '"' || ch == '(' || ch == 0x2018
           || ch == 0x2019 || ch == 0x201C;
}

static int ends_sentence(Py_UCS4 ch)
{
    return ch == '.' || ch == '!' || ch == '?' || ch == ':' || ch == ';' || ch == '"'
           || ch == '\n' || ch == 0x201C || ch == 0x201D;
}

static int is_dash(Py_UCS4 ch) { return ch == '-' || ch == 0x2013 || ch == 0x2014; }

/* Whether the word at start opens a sentence. */
static int opens_sentence(Words *words, Py_ssize_t start)
{
    Py_ssize_t i = start - 1;
    for (; i >= 0 && skipped_before_word(CHAR(words, i)); i--)
        if (ends_sentence(CHAR(words, i)))
            return 1;
    if (i < 0 || ends_sentence(CHAR(words, i)))
        return 1;
    if (!is_dash(CHAR(words, i)))
        return 0;
    while (i >= 0 && is_dash(CHAR(words, i)))
        i--;
    return i >= 0 && is_space(CHAR(words, i));
}

/* The digits [start, end) as ASCII digits without leading zeros. */
static PyObject *number_of(Words *words, Py_ssize_t start, Py_ssize_t end)
{
    while (start < end - 1 && Py_UNICODE_TODECIMAL(CHAR(words, start)) == 0)
        start++;
    PyObject *number = PyUnicode_New(end - start, 127);
    if (number == NULL)
        return NULL;
    for (Py_ssize_t i = start; i < end; i++)
        PyUnicode_WRITE(PyUnicode_1BYTE_KIND, PyUnicode_DATA(number), i - start,
                        '0' + Py_UNICODE_TODECIMAL(CHAR(words, i)));
    return number;
}

/* The names are few; the lowercase words many. A lowercase word becomes a str (to be looked up
 * among the names) only when its hash is among the names' hashes: a bit of `seen`. */
#define SEEN_BITS 1024
typedef uint64_t Seen[SEEN_BITS / 64];

static uint32_t hash_chars(Words *words, Py_ssize_t start, Py_ssize_t end)
{
    uint32_t hash = 2166136261u; /* FNV-1a over the code points */
    for (Py_ssize_t i = start; i < end; i++)
        hash = (hash ^ CHAR(words, i)) * 16777619u;
    return hash % SEEN_BITS;
}

static void see(Seen seen, uint32_t bit) { seen[bit / 64] |= (uint64_t)1 << (bit % 64); }
static int was_seen(Seen seen, uint32_t bit) { return (seen[bit / 64] >> (bit % 64)) & 1; }

static PyObject *lower_method; /* "lower", interned */

/* str.lower() of a word: for one in ASCII (most), without calling it. */
static PyObject *lowercase_of(PyObject *word)
{
    if (!PyUnicode_IS_ASCII(word))
        return PyObject_CallMethodNoArgs(word, lower_method);
    Py_ssize_t length = PyUnicode_GET_LENGTH(word);
    PyObject *lowered = PyUnicode_New(length, 127);
    if (lowered == NULL)
        return NULL;
    const Py_UCS1 *from = PyUnicode_1BYTE_DATA(word);
    Py_UCS1 *to = PyUnicode_1BYTE_DATA(lowered);
    for (Py_ssize_t i = 0; i < length; i++)
        to[i] = from[i] >= 'A' && from[i] <= 'Z' ? from[i] | 32 : from[i];
    return lowered;
}

typedef struct {
    PyObject *numbers, *acronyms, *names;
    Seen seen;
    Py_ssize_t tokens;
} Facts;

/* The first pass over one text: numbers, acronyms, candidate names (and their hashes). */
static int first_pass(Facts *facts, PyObject *text, int names)
{
    Words words = words_of(text);
    Py_ssize_t i = 0, length = words.length;
    while (i < length) {
        Py_UCS4 ch = CHAR(&words, i);
        Py_ssize_t start = i;
        if (is_digit(ch)) {
            while (i < length && is_digit(CHAR(&words, i)))
                i++;
            facts->tokens++;
            PyObject *number = number_of(&words, start, i);
            if (number == NULL || PySet_Add(facts->numbers, number) < 0) {
                Py_XDECREF(number);
                return -1;
            }
            Py_DECREF(number);
            continue;
        }
        if (!is_letter(ch)) {
            i++;
            continue;
        }
        int capital_after = 0, lowercase_after = 0;
        for (i++; i < length && is_letter(CHAR(&words, i)); i++) {
            Py_UCS4 next = CHAR(&words, i);
            capital_after |= is_capital(next);
            lowercase_after |= is_lower(next);
        }
        facts->tokens++;
        if (!is_capital(ch))
            continue;
        int acronym = i - start > 1 && (capital_after || !lowercase_after);
        if (!acronym && (!names || opens_sentence(&words, start)))
            continue;
        PyObject *word = PyUnicode_Substring(text, start, i), *lowered = NULL;
        if (word == NULL)
            return -1;
        int failed;
        if (acronym) {
            failed = PySet_Add(facts->acronyms, word) < 0;
        } else {
            lowered = lowercase_of(word);
            failed = lowered == NULL || PySet_Add(facts->names, lowered) < 0;
            if (!failed) {
                Words name = words_of(lowered);
                see(facts->seen, hash_chars(&name, 0, name.length));
            }
        }
        Py_DECREF(word);
        Py_XDECREF(lowered);
        if (failed)
            return -1;
    }
    return 0;
}

/* The second pass over one text: the names it writes in lowercase are no names. */
static int second_pass(Facts *facts, PyObject *text)
{
    Words words = words_of(text);
    Py_ssize_t i = 0, length = words.length;
    while (i < length) {
        if (!is_letter(CHAR(&words, i))) {
            i++;
            continue;
        }
        Py_ssize_t start = i;
        int lowercase = 1;
        for (; i < length && is_letter(CHAR(&words, i)); i++)
            lowercase &= is_lower(CHAR(&words, i)) != 0;
        if (!lowercase || !was_seen(facts->seen, hash_chars(&words, start, i)))
            continue;
        PyObject *word = PyUnicode_Substring(text, start, i);
        if (word == NULL || PySet_Discard(facts->names, word) < 0) {
            Py_XDECREF(word);
            return -1;
        }
        Py_DECREF(word);
    }
    return 0;
}

static PyObject *fact_words(PyObject *self, PyObject *args)
{
    PyObject *texts;
    if (!PyArg_ParseTuple(args, "O:fact_words", &texts))
        return NULL;
    PyObject *pairs = PySequence_Fast(texts, "fact_words: texts must be a sequence");
    if (pairs == NULL)
        return NULL;
    Facts facts = {PySet_New(NULL), PySet_New(NULL), PySet_New(NULL), {0}, 0};
    PyObject *result = NULL;
    Py_ssize_t count = PySequence_Fast_GET_SIZE(pairs);
    if (facts.numbers == NULL || facts.acronyms == NULL || facts.names == NULL)
        goto done;
    for (int pass = 1; pass <= 2; pass++) {
        for (Py_ssize_t k = 0; k < count; k++) {
            PyObject *text;
            int names;
            if (!PyArg_ParseTuple(PySequence_Fast_GET_ITEM(pairs, k), "Up:fact_words", &text,
                                  &names))
                goto done;
            if ((pass == 1 ? first_pass(&facts, text, names) : second_pass(&facts, text)) < 0)
                goto done;
        }
    }
    result = Py_BuildValue("(OOOn)", facts.numbers, facts.acronyms, facts.names, facts.tokens);
done:
    Py_DECREF(pairs);
    Py_XDECREF(facts.numbers);
    Py_XDECREF(facts.acronyms);
    Py_XDECREF(facts.names);
    return result;
}

/* ------------------------------------------------------------------------------- module */

static PyMethodDef methods[] = {
    {"positions_postings", positions_postings, METH_VARARGS, positions_postings_doc},
    {"forget_words", forget_words_py, METH_NOARGS, forget_words_doc},
    {"simhash", simhash, METH_VARARGS, simhash_doc},
    {"fact_words", fact_words, METH_VARARGS, fact_words_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "index.analysis._words",
    "Compiled loops over an article's words: postings of a text, SimHash, fact words.", -1,
    methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__words(void)
{
    make_crc_table();
    make_spread_table();
    if (lower_method == NULL && (lower_method = PyUnicode_InternFromString("lower")) == NULL)
        return NULL;
    if (term_numbers == NULL && (term_numbers = PyDict_New()) == NULL)
        return NULL;
    return PyModule_Create(&module);
}
