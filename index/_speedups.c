/* The loops a build runs over every word of every article and over every posting, compiled.
 *
 * In Python (a regex's findall, then a dict lookup, a list append and a few bytecodes per word
 * or posting) they were half of a build's time at 58,000 articles. Each gives what Whoosh reads
 * exactly as it read what the Python gave:
 *
 *   positions_postings  the postings of one text for a Positions field (index/analysis/analyzer.py);
 *                       tests/test_bulk_writer.py compares them with Whoosh's own field.index,
 *                       whose tokenizer is the regex TOKEN_PATTERN.
 *   simhash             the 64-bit SimHash of word 2-shingles (index/analysis/fingerprint.py);
 *                       tests/test_fingerprint.py compares it with a numpy reference.
 *   group_by_term       a segment field's postings grouped by term (index/store/bulk_writer.py).
 *   postings_blocks     a segment field's postings in Whoosh's W3 block format, and each term's
 *                       info (index/store/bulk_writer.py); tests/test_bulk_writer.py reads them back
 *                       with Whoosh and compares them with an index Whoosh wrote.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>

/* ---------------------------------------------------------------------------------- words */

/* re's \w in a str pattern: a letter, a digit or a number, or the underscore. */
static int is_word(Py_UCS4 ch)
{
    if (ch < 128)
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')
               || ch == '_';
    return Py_UNICODE_ISALNUM(ch);
}

typedef struct {
    int kind;
    const void *data;
    Py_ssize_t length;
    Py_ssize_t pos; /* where the next search starts */
} Words;

static Words words_of(PyObject *text)
{
    Words words = {PyUnicode_KIND(text), PyUnicode_DATA(text), PyUnicode_GET_LENGTH(text), 0};
    return words;
}

#define CHAR(words, i) PyUnicode_READ((words)->kind, (words)->data, (i))

/* The next run of word characters, [*start, *end); 0 when none is left. With reduplication, a
 * run followed by "-" and the same run in any case, and then no word character ("kota-Kota"),
 * is passed over whole, as TOKEN_PATTERN's (?i)(\w+)(?:-\1(?!\w))? does. */
static int next_word(Words *words, int reduplication, Py_ssize_t *start, Py_ssize_t *end)
{
    Py_ssize_t i = words->pos, length = words->length;
    while (i < length && !is_word(CHAR(words, i)))
        i++;
    if (i == length)
        return 0;
    *start = i;
    while (i < length && is_word(CHAR(words, i)))
        i++;
    *end = i;
    Py_ssize_t size = i - *start, after = i + 1 + size;
    if (reduplication && after <= length && CHAR(words, i) == '-'
        && (after == length || !is_word(CHAR(words, after)))) {
        Py_ssize_t k = 0;
        while (k < size && Py_UNICODE_TOLOWER(CHAR(words, *start + k))
                               == Py_UNICODE_TOLOWER(CHAR(words, i + 1 + k)))
            k++;
        if (k == size)
            i = after;
    }
    words->pos = i;
    return 1;
}

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

/* zlib.crc32(data, crc): CRC-32 continued from a previous value. */
static uint32_t crc32_of(uint32_t crc, const char *data, Py_ssize_t size)
{
    crc = ~crc;
    for (Py_ssize_t i = 0; i < size; i++)
        crc = crc_table[(crc ^ (unsigned char)data[i]) & 0xff] ^ (crc >> 8);
    return ~crc;
}

/* zlib.crc32 of a word's UTF-8, continued from crc. */
static uint32_t crc32_of_word(uint32_t crc, Words *words, Py_ssize_t start, Py_ssize_t end)
{
    crc = ~crc;
    for (Py_ssize_t i = start; i < end; i++) {
        Py_UCS4 ch = CHAR(words, i);
        unsigned char bytes[4];
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
        for (int k = 0; k < size; k++)
            crc = crc_table[(crc ^ bytes[k]) & 0xff] ^ (crc >> 8);
    }
    return ~crc;
}

PyDoc_STRVAR(simhash_doc,
"simhash(text, seed)\n"
"\n"
"The signed 64-bit SimHash of the 2-shingles of a text's words (re's \\w+; padded with empty\n"
"words to two): bit i is set when more than half of the shingles' hashes have it. A shingle\n"
"\"a b\" hashes to its UTF-8 CRC-32 (high half) and its CRC-32 seeded with seed (low half).");

/* Each of the 64 bits of shingle "a b"'s hash counted into votes. */
static void vote(Py_ssize_t *votes, uint32_t seed, Words *words, Py_ssize_t a_start,
                 Py_ssize_t a_end, Py_ssize_t b_start, Py_ssize_t b_end)
{
    uint32_t high = crc32_of_word(0, words, a_start, a_end);
    uint32_t low = crc32_of_word(seed, words, a_start, a_end);
    high = crc32_of_word(crc32_of(high, " ", 1), words, b_start, b_end);
    low = crc32_of_word(crc32_of(low, " ", 1), words, b_start, b_end);
    uint64_t hash = ((uint64_t)high << 32) | low;
    for (int bit = 0; bit < 64; bit++)
        votes[bit] += (hash >> bit) & 1;
}

static PyObject *simhash(PyObject *self, PyObject *args)
{
    PyObject *text;
    unsigned int seed;
    if (!PyArg_ParseTuple(args, "UI:simhash", &text, &seed))
        return NULL;
    Words words = words_of(text);
    Py_ssize_t votes[64] = {0}, count = 0;
    Py_ssize_t before_start = 0, before_end = 0, start, end; /* [0, 0): the empty word */
    while (next_word(&words, 0, &start, &end)) {
        if (count++)
            vote(votes, seed, &words, before_start, before_end, start, end);
        before_start = start;
        before_end = end;
    }
    if (count < 2) /* one shingle, padded: "word " or " " */
        vote(votes, seed, &words, before_start, before_end, 0, 0);
    Py_ssize_t shingles = count < 2 ? 1 : count - 1;
    uint64_t value = 0;
    for (int bit = 0; bit < 64; bit++)
        if (2 * votes[bit] > shingles)
            value |= (uint64_t)1 << bit;
    return PyLong_FromLongLong((long long)value);
}

/* -------------------------------------------------------------------------------- blocks */

/* A growing byte buffer. */
typedef struct {
    char *data;
    Py_ssize_t size, capacity;
} Out;

static int reserve(Out *out, Py_ssize_t more)
{
    if (out->size + more <= out->capacity)
        return 0;
    Py_ssize_t capacity = out->capacity ? out->capacity : 1 << 16;
    while (capacity < out->size + more)
        capacity *= 2;
    char *data = PyMem_Realloc(out->data, capacity);
    if (data == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    out->data = data;
    out->capacity = capacity;
    return 0;
}

static void put_bytes(Out *out, const void *bytes, Py_ssize_t size)
{
    memcpy(out->data + out->size, bytes, size);
    out->size += size;
}

static void put_byte(Out *out, char byte)
{
    out->data[out->size++] = byte;
}

/* Big-endian, as Whoosh's struct formats ("!") write. */
static void put_be(Out *out, uint64_t value, int size)
{
    for (int k = size - 1; k >= 0; k--)
        put_byte(out, (char)((value >> (8 * k)) & 0xff));
}

static void put_pickled_int(Out *out, long value)
{
    out->size = put_int(out->data + out->size, value) - out->data;
}

static void put_pickled_float(Out *out, double value)
{
    uint64_t bits;
    memcpy(&bits, &value, 8);
    put_byte(out, 'G'); /* BINFLOAT: a big-endian double */
    put_be(out, bits, 8);
}

/* A tuple of `count` items already written after a MARK, or as TUPLE1..3 when short. */
static void put_tuple_end(Out *out, Py_ssize_t count)
{
    if (count >= 1 && count <= 3)
        put_byte(out, (char)(0x84 + count)); /* TUPLE1, TUPLE2, TUPLE3 */
    else
        put_byte(out, count ? 't' : ')');
}

static void put_tuple_start(Out *out, Py_ssize_t count)
{
    if (count > 3)
        put_byte(out, '('); /* MARK; shorter tuples are built from the stack's top */
}

/* One block: what W3PostingsWriter._write_block pickles, as protocol 4 without frames (each
 * bytes value stored as it is): (gaps, weights, values) compressed when it is long enough. */
static int put_block_data(Out *out, const uint32_t *docs, const float *weights, PyObject **values,
                          Py_ssize_t count, Py_ssize_t fixed_size)
{
    Py_ssize_t kept = 0, kept_size = 0; /* the values Whoosh keeps: the non-empty ones */
    for (Py_ssize_t i = 0; i < count; i++) {
        if (PyBytes_Check(values[i]) && PyBytes_GET_SIZE(values[i]) > 0) {
            kept++;
            kept_size += PyBytes_GET_SIZE(values[i]);
        }
    }
    if (reserve(out, 32 + 14 * count + 5 * kept + kept_size) < 0)
        return -1;
    put_bytes(out, "\x80\x04", 2);
    put_tuple_start(out, count);
    for (Py_ssize_t i = 0; i < count; i++)
        put_pickled_int(out, (long)(i ? docs[i] - docs[i - 1] : docs[0]));
    put_tuple_end(out, count);

    int ones = 1, same = 1;
    for (Py_ssize_t i = 0; i < count; i++) {
        ones &= weights[i] == 1.0f;
        same &= weights[i] == weights[0];
    }
    if (ones) {
        put_byte(out, 'N');
    } else if (same) {
        put_pickled_float(out, weights[0]);
    } else {
        put_tuple_start(out, count);
        for (Py_ssize_t i = 0; i < count; i++)
            put_pickled_float(out, weights[i]);
        put_tuple_end(out, count);
    }

    if (fixed_size == 0) {
        put_byte(out, 'N');
    } else if (fixed_size < 0) {
        put_tuple_start(out, kept);
    } else {
        put_byte(out, 'B'); /* BINBYTES: the values joined */
        for (int k = 0; k < 4; k++)
            put_byte(out, (char)((kept_size >> (8 * k)) & 0xff));
    }
    if (fixed_size != 0) {
        for (Py_ssize_t i = 0; i < count; i++) {
            if (!PyBytes_Check(values[i]) || PyBytes_GET_SIZE(values[i]) == 0)
                continue;
            Py_ssize_t size = PyBytes_GET_SIZE(values[i]);
            if (fixed_size < 0) {
                if (size < 256) {
                    put_byte(out, 'C'); /* SHORT_BINBYTES */
                    put_byte(out, (char)size);
                } else {
                    put_byte(out, 'B');
                    for (int k = 0; k < 4; k++)
                        put_byte(out, (char)((size >> (8 * k)) & 0xff));
                }
            }
            put_bytes(out, PyBytes_AS_STRING(values[i]), size);
        }
        if (fixed_size < 0)
            put_tuple_end(out, kept);
    }
    put_bytes(out, "\x87.", 2); /* TUPLE3, STOP */
    return 0;
}

PyDoc_STRVAR(postings_blocks_doc,
"postings_blocks(offset, ends, docs, weights, lengths, values, limit, level, fixed_size,\n"
"                compress)\n"
"\n"
"One field's postings in a segment, in Whoosh's W3 format: (the bytes to write at `offset`\n"
"of the postings file, each term's W3TermInfo bytes). The postings are sorted by term, then\n"
"document; term t's end where ends[t] says. docs: uint32 document numbers; weights: float32;\n"
"lengths: uint8, each posting's document length as Whoosh's length byte (0: none); values:\n"
"bytes. `limit` postings a block; a block of at least 80 bytes is compressed, unless level\n"
"is 0, by compress(data, level), which gives zlib's format; fixed_size: the format's\n"
"fixed_value_size() (-1 for None). Follows whoosh3 3.x's W3PostingsWriter and\n"
"W3TermInfo (pyproject.toml pins whoosh3 below 4).");

static PyObject *postings_blocks(PyObject *self, PyObject *args)
{
    Py_ssize_t offset, limit, fixed_size;
    int level;
    Py_buffer ends_buffer, docs_buffer, weights_buffer, lengths_buffer;
    PyObject *values_list, *compress;
    if (!PyArg_ParseTuple(args, "ny*y*y*y*O!ninO:postings_blocks", &offset, &ends_buffer,
                          &docs_buffer, &weights_buffer, &lengths_buffer, &PyList_Type,
                          &values_list, &limit, &level, &fixed_size, &compress))
        return NULL;
    const int64_t *ends = ends_buffer.buf;
    const uint32_t *docs = docs_buffer.buf;
    const float *weights = weights_buffer.buf;
    const uint8_t *lengths = lengths_buffer.buf;
    PyObject **values = PySequence_Fast_ITEMS(values_list);
    Py_ssize_t terms = ends_buffer.len / 8, postings = docs_buffer.len / 4;
    Out out = {NULL, 0, 0}, block = {NULL, 0, 0};
    PyObject *infos = NULL, *blob = NULL;

    if (weights_buffer.len / 4 != postings || lengths_buffer.len != postings
        || PyList_GET_SIZE(values_list) != postings || limit < 1
        || (terms && (ends[terms - 1] != postings))) {
        PyErr_SetString(PyExc_ValueError, "postings_blocks: arrays of different lengths");
        goto done;
    }
    if ((infos = PyList_New(terms)) == NULL)
        goto done;

    for (Py_ssize_t t = 0, first = 0; t < terms; first = ends[t], t++) {
        Py_ssize_t start = out.size;
        double total_weight = 0;
        float max_weight = 0;
        int min_length = 0, max_length = 0;
        if (first >= ends[t] || reserve(&out, 4) < 0) {
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_ValueError, "postings_blocks: a term without postings");
            goto done;
        }
        put_bytes(&out, "W3Bl", 4);
        for (Py_ssize_t b = first; b < ends[t]; b += limit) {
            Py_ssize_t count = ends[t] - b < limit ? ends[t] - b : limit;
            int last = b + count == ends[t], block_min = 0, block_max = 0;
            double block_weight = 0;
            float block_max_weight = 0;
            for (Py_ssize_t i = b; i < b + count; i++) {
                block_weight += weights[i];
                if (weights[i] > block_max_weight)
                    block_max_weight = weights[i];
                if (lengths[i] && (!block_min || lengths[i] < block_min))
                    block_min = lengths[i];
                if (lengths[i] > block_max)
                    block_max = lengths[i];
            }
            block.size = 0;
            if (put_block_data(&block, docs + b, weights + b, values + b, count, fixed_size) < 0)
                goto done;
            int compressed = level && block.size >= 80; /* COMPRESSION_MIN_SIZE */
            const char *data = block.data;
            Py_ssize_t data_size = block.size;
            PyObject *packed = NULL;
            if (compressed) {
                packed = PyObject_CallFunction(compress, "y#i", block.data, block.size, level);
                if (packed != NULL && !PyBytes_Check(packed)) {
                    Py_DECREF(packed);
                    PyErr_SetString(PyExc_TypeError, "compress must give bytes");
                    goto done;
                }
                if (packed == NULL)
                    goto done;
                data = PyBytes_AS_STRING(packed);
                data_size = PyBytes_GET_SIZE(packed);
            }
            /* the block's info, pickled (protocol 2) as Whoosh does: (postings, last id, max
             * weight, compression level, min length byte, max length byte) */
            Out header = {NULL, 0, 0};
            if (reserve(&header, 64) < 0) {
                Py_XDECREF(packed);
                goto done;
            }
            put_bytes(&header, "\x80\x02(", 3);
            put_pickled_int(&header, (long)count);
            put_pickled_int(&header, (long)docs[b + count - 1]);
            put_pickled_float(&header, block_max_weight);
            put_pickled_int(&header, compressed ? level : 0);
            put_pickled_int(&header, block_min);
            put_pickled_int(&header, block_max);
            put_bytes(&header, "t.", 2);
            Py_ssize_t size = header.size + data_size;
            if (reserve(&out, 4 + size) < 0) {
                PyMem_Free(header.data);
                Py_XDECREF(packed);
                goto done;
            }
            put_be(&out, (uint32_t)(int32_t)(last ? -size : size), 4);
            put_bytes(&out, header.data, header.size);
            put_bytes(&out, data, data_size);
            PyMem_Free(header.data);
            Py_XDECREF(packed);

            total_weight += block_weight;
            if (block_max_weight > max_weight)
                max_weight = block_max_weight;
            if (block_min && (!min_length || block_min < min_length))
                min_length = block_min;
            if (block_max > max_length)
                max_length = block_max;
        }
        /* W3TermInfo.to_bytes: "!BfIBBfII", then the extent as "!q" and "!i" */
        char info_data[35];
        Out info = {info_data, 0, sizeof info_data};
        float weight32 = (float)total_weight;
        uint32_t weight_bits, max_weight_bits;
        memcpy(&weight_bits, &weight32, 4);
        memcpy(&max_weight_bits, &max_weight, 4);
        put_byte(&info, 0); /* not inlined */
        put_be(&info, weight_bits, 4);
        put_be(&info, (uint64_t)(ends[t] - first), 4);
        put_byte(&info, (char)min_length);
        put_byte(&info, (char)max_length);
        put_be(&info, max_weight_bits, 4);
        put_be(&info, docs[first], 4);
        put_be(&info, docs[ends[t] - 1], 4);
        put_be(&info, (uint64_t)(offset + start), 8);
        put_be(&info, (uint64_t)(out.size - start), 4);
        PyObject *info_bytes = PyBytes_FromStringAndSize(info.data, info.size);
        if (info_bytes == NULL)
            goto done;
        PyList_SET_ITEM(infos, t, info_bytes);
    }
    blob = PyBytes_FromStringAndSize(out.data ? out.data : "", out.size);

done:
    PyMem_Free(out.data);
    PyMem_Free(block.data);
    PyBuffer_Release(&ends_buffer);
    PyBuffer_Release(&docs_buffer);
    PyBuffer_Release(&weights_buffer);
    PyBuffer_Release(&lengths_buffer);
    if (blob == NULL) {
        Py_XDECREF(infos);
        return NULL;
    }
    return Py_BuildValue("(NN)", blob, infos);
}

PyDoc_STRVAR(group_by_term_doc,
"group_by_term(terms, values)\n"
"\n"
"A segment field's postings, given in document order by each one's term (bytes) and value,\n"
"grouped by term: (the terms in order, where each term's postings end (int64 bytes), each\n"
"posting's index in the given order (int64 bytes), the values in the new order). A term's\n"
"postings keep their order.");

static PyObject *group_by_term(PyObject *self, PyObject *args)
{
    PyObject *terms, *values;
    if (!PyArg_ParseTuple(args, "O!O!:group_by_term", &PyList_Type, &terms, &PyList_Type,
                          &values))
        return NULL;
    Py_ssize_t count = PyList_GET_SIZE(terms), found = 0;
    if (PyList_GET_SIZE(values) != count) {
        PyErr_SetString(PyExc_ValueError, "group_by_term: lists of different lengths");
        return NULL;
    }
    PyObject *numbers = PyDict_New(); /* term -> its number, in order of first appearance */
    PyObject *firsts = PyList_New(0), *sorted = NULL, *ends = NULL, *order = NULL;
    PyObject *grouped = NULL, *result = NULL;
    Py_ssize_t *number_of = PyMem_Malloc((count + 1) * sizeof(Py_ssize_t)); /* by posting */
    Py_ssize_t *rank_of = NULL, *starts = NULL;
    if (numbers == NULL || firsts == NULL || number_of == NULL)
        goto done;
    for (Py_ssize_t i = 0; i < count; i++) {
        PyObject *term = PyList_GET_ITEM(terms, i);
        PyObject *number = PyDict_GetItemWithError(numbers, term);
        if (number != NULL) {
            number_of[i] = PyLong_AsSsize_t(number);
            continue;
        }
        if (PyErr_Occurred() || (number = PyLong_FromSsize_t(found)) == NULL)
            goto done;
        int failed = PyDict_SetItem(numbers, term, number) < 0 || PyList_Append(firsts, term) < 0;
        Py_DECREF(number);
        if (failed)
            goto done;
        number_of[i] = found++;
    }

    /* The terms sorted; each term's rank, its postings' places by a counting sort. */
    if ((sorted = PyList_GetSlice(firsts, 0, found)) == NULL || PyList_Sort(sorted) < 0)
        goto done;
    rank_of = PyMem_Malloc((found + 1) * sizeof(Py_ssize_t));
    starts = PyMem_Calloc(found + 1, sizeof(Py_ssize_t));
    ends = PyBytes_FromStringAndSize(NULL, found * sizeof(int64_t));
    order = PyBytes_FromStringAndSize(NULL, count * sizeof(int64_t));
    grouped = PyList_New(count);
    if (rank_of == NULL || starts == NULL || ends == NULL || order == NULL || grouped == NULL)
        goto done;
    for (Py_ssize_t r = 0; r < found; r++) {
        PyObject *number = PyDict_GetItemWithError(numbers, PyList_GET_ITEM(sorted, r));
        if (number == NULL) {
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_RuntimeError, "group_by_term: a term changed");
            goto done;
        }
        rank_of[PyLong_AsSsize_t(number)] = r;
    }
    int64_t *term_ends = (int64_t *)PyBytes_AS_STRING(ends);
    int64_t *places = (int64_t *)PyBytes_AS_STRING(order);
    for (Py_ssize_t i = 0; i < count; i++)
        starts[rank_of[number_of[i]] + 1]++;
    for (Py_ssize_t r = 0; r < found; r++) {
        starts[r + 1] += starts[r];
        term_ends[r] = starts[r + 1];
    }
    for (Py_ssize_t i = 0; i < count; i++) {
        Py_ssize_t place = starts[rank_of[number_of[i]]]++;
        places[place] = i;
        PyList_SET_ITEM(grouped, place, Py_NewRef(PyList_GET_ITEM(values, i)));
    }
    result = Py_BuildValue("(OOOO)", sorted, ends, order, grouped);

done:
    PyMem_Free(number_of);
    PyMem_Free(rank_of);
    PyMem_Free(starts);
    Py_XDECREF(numbers);
    Py_XDECREF(firsts);
    Py_XDECREF(sorted);
    Py_XDECREF(ends);
    Py_XDECREF(order);
    Py_XDECREF(grouped);
    return result;
}

/* ------------------------------------------------------------------------------- module */

static PyMethodDef methods[] = {
    {"positions_postings", positions_postings, METH_VARARGS, positions_postings_doc},
    {"forget_words", forget_words_py, METH_NOARGS, forget_words_doc},
    {"simhash", simhash, METH_VARARGS, simhash_doc},
    {"group_by_term", group_by_term, METH_VARARGS, group_by_term_doc},
    {"postings_blocks", postings_blocks, METH_VARARGS, postings_blocks_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "index._speedups",
    "Compiled inner loops of a build: postings of a text, SimHash, W3 posting blocks.", -1,
    methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__speedups(void)
{
    make_crc_table();
    if (term_numbers == NULL && (term_numbers = PyDict_New()) == NULL)
        return NULL;
    return PyModule_Create(&module);
}
