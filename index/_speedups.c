/* The two loops a build runs over every word of every article, compiled.
 *
 * In Python (a regex's findall, then a dict lookup, a list append and a few bytecodes per word)
 * they were a third of a build's time at 58,000 articles. Both give exactly what Python gave:
 *
 *   positions_postings  the postings of one text for a Positions field (index/analysis.py);
 *                       tests/test_bulk_writer.py compares them with Whoosh's own field.index,
 *                       whose tokenizer is the regex TOKEN_PATTERN.
 *   simhash             the 64-bit SimHash of word 2-shingles (index/fingerprint.py);
 *                       tests/test_fingerprint.py compares it with a numpy reference.
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

/* The value of a term found once, by its position: the commonest value, shared rather than
 * made afresh (a build holds a segment's postings in memory). */
#define SHARED_SINGLES 4096
static PyObject *single_values[SHARED_SINGLES];

static PyObject *encode_positions(const Py_ssize_t *positions, Py_ssize_t count);

/* pack_uint(count) + dumps(gaps, 2) for sorted positions. */
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

PyDoc_STRVAR(positions_postings_doc,
"positions_postings(text, terms, term_for, lead, lead_boost, boost)\n"
"\n"
"The postings of one text for a Positions field: (terms as UTF-8, weights, encoded\n"
"positions, length), each term once, in order of first appearance.\n"
"The text's words are TOKEN_PATTERN's (index/analysis.py); terms: a cache of each word's\n"
"term ('' for a stopword); term_for(word): the term of a word not in it (None for a\n"
"stopword). The first `lead` terms weigh lead_boost; every weight is multiplied by boost.");

static PyObject *positions_postings(PyObject *self, PyObject *args)
{
    PyObject *text, *cache, *term_for;
    Py_ssize_t lead;
    double lead_boost, boost;
    if (!PyArg_ParseTuple(args, "UO!Ondd:positions_postings", &text, &PyDict_Type, &cache,
                          &term_for, &lead, &lead_boost, &boost))
        return NULL;

    Words words = words_of(text);
    Py_ssize_t n = words.length / 2 + 1, count = 0; /* words are at most every other char */
    PyObject *slots = PyDict_New();  /* term -> its number, in order of first appearance */
    PyObject *order = PyList_New(0); /* the terms by number */
    PyObject *terms = NULL, *weights = NULL, *values = NULL;
    Py_ssize_t *slot_of = PyMem_Malloc((n + 1) * sizeof(Py_ssize_t)); /* by position */
    Py_ssize_t *counts = NULL, *starts = NULL, *grouped = NULL;
    if (slots == NULL || order == NULL || slot_of == NULL)
        goto error;

    Py_ssize_t start, end;
    while (next_word(&words, 1, &start, &end)) {
        PyObject *word = PyUnicode_Substring(text, start, end);
        if (word == NULL)
            goto error;
        PyObject *term = PyDict_GetItemWithError(cache, word), *owned = NULL;
        if (term == NULL) {
            term = owned = PyErr_Occurred() ? NULL : PyObject_CallOneArg(term_for, word);
            if (term == NULL) {
                Py_DECREF(word);
                goto error;
            }
        }
        Py_DECREF(word);
        if (term == Py_None || (PyUnicode_Check(term) && PyUnicode_GET_LENGTH(term) == 0)) {
            Py_XDECREF(owned); /* a stopword */
            continue;
        }
        if (!PyUnicode_Check(term)) {
            Py_XDECREF(owned);
            PyErr_SetString(PyExc_TypeError, "a term must be a str");
            goto error;
        }
        PyObject *slot = PyDict_GetItemWithError(slots, term);
        if (slot != NULL) {
            slot_of[count++] = PyLong_AsSsize_t(slot);
        } else {
            PyObject *number = PyErr_Occurred() ? NULL
                               : PyLong_FromSsize_t(PyList_GET_SIZE(order));
            if (number == NULL || PyDict_SetItem(slots, term, number) < 0
                || PyList_Append(order, term) < 0) {
                Py_XDECREF(number);
                Py_XDECREF(owned);
                goto error;
            }
            slot_of[count++] = PyList_GET_SIZE(order) - 1;
            Py_DECREF(number);
        }
        Py_XDECREF(owned);
    }

    /* Each term's positions, grouped by a counting sort over the terms' numbers. */
    Py_ssize_t nterms = PyList_GET_SIZE(order);
    counts = PyMem_Calloc(nterms + 1, sizeof(Py_ssize_t));
    starts = PyMem_Malloc((nterms + 1) * sizeof(Py_ssize_t));
    grouped = PyMem_Malloc((count + 1) * sizeof(Py_ssize_t));
    terms = PyList_New(nterms);
    weights = PyList_New(nterms);
    values = PyList_New(nterms);
    if (!counts || !starts || !grouped || !terms || !weights || !values)
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
        PyObject *encoded = PyUnicode_AsUTF8String(PyList_GET_ITEM(order, t));
        PyObject *number = PyFloat_FromDouble(weight);
        PyObject *value = positions_value(positions, found);
        if (!encoded || !number || !value) {
            Py_XDECREF(encoded);
            Py_XDECREF(number);
            Py_XDECREF(value);
            goto error;
        }
        PyList_SET_ITEM(terms, t, encoded);
        PyList_SET_ITEM(weights, t, number);
        PyList_SET_ITEM(values, t, value);
    }
    PyMem_Free(slot_of);
    PyMem_Free(counts);
    PyMem_Free(starts);
    PyMem_Free(grouped);
    Py_DECREF(slots);
    Py_DECREF(order);
    return Py_BuildValue("(NNNn)", terms, weights, values, count);

error:
    PyMem_Free(slot_of);
    PyMem_Free(counts);
    PyMem_Free(starts);
    PyMem_Free(grouped);
    Py_XDECREF(slots);
    Py_XDECREF(order);
    Py_XDECREF(terms);
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

static PyObject *simhash(PyObject *self, PyObject *args)
{
    PyObject *text;
    unsigned int seed;
    if (!PyArg_ParseTuple(args, "UI:simhash", &text, &seed))
        return NULL;
    Words words = words_of(text);
    Py_ssize_t votes[64] = {0}, shingles = 0;
    /* the word before ([0, 0) while there is none) and the current one */
    Py_ssize_t before_start = 0, before_end = 0, start = 0, end = 0, seen = 0;
    for (;;) {
        int found = next_word(&words, 0, &start, &end);
        if (!found) {
            if (seen >= 2)
                break;
            start = end = 0; /* pad to two words with empty ones */
        }
        seen++;
        if (seen >= 2) {
            uint32_t high = crc32_of_word(crc32_of(crc32_of_word(0, &words, before_start,
                                                                 before_end), " ", 1),
                                          &words, start, end);
            uint32_t low = crc32_of_word(crc32_of(crc32_of_word(seed, &words, before_start,
                                                                before_end), " ", 1),
                                         &words, start, end);
            uint64_t hash = ((uint64_t)high << 32) | low;
            for (int bit = 0; bit < 64; bit++)
                votes[bit] += (hash >> bit) & 1;
            shingles++;
        }
        if (!found && seen >= 2)
            break;
        before_start = start;
        before_end = end;
    }
    uint64_t value = 0;
    for (int bit = 0; bit < 64; bit++)
        if (2 * votes[bit] > shingles)
            value |= (uint64_t)1 << bit;
    return PyLong_FromLongLong((long long)value);
}

/* ------------------------------------------------------------------------------- module */

static PyMethodDef methods[] = {
    {"positions_postings", positions_postings, METH_VARARGS, positions_postings_doc},
    {"simhash", simhash, METH_VARARGS, simhash_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "index._speedups",
    "Compiled inner loops of a build: postings of a text, SimHash of its shingles.", -1,
    methods,
};

PyMODINIT_FUNC PyInit__speedups(void)
{
    make_crc_table();
    return PyModule_Create(&module);
}
