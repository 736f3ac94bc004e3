/* The two loops a build runs over every word of every article, compiled.
 *
 * In Python they cost a dict lookup, a list append and a few bytecodes per word: at 58,000
 * articles that was a third of a build's time. Both functions take the words a regex already
 * found (re's findall is C), and give exactly what the Python they replace gave:
 *
 *   positions_postings  the postings of one text for a Positions field (index/postings.py);
 *                       tests/test_postings.py compares them with Whoosh's own field.index.
 *   simhash             the 64-bit SimHash of word 2-shingles (index/fingerprint.py);
 *                       tests/test_fingerprint.py compares it with a numpy reference.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>

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
"positions_postings(words, terms, term_for, lead, lead_boost, boost)\n"
"\n"
"The postings of one text for a Positions field: (terms as UTF-8, weights, encoded\n"
"positions, length), each term once, in order of first appearance.\n"
"words: the tokenizer's words in order; terms: a cache of each word's term ('' for a\n"
"stopword); term_for(word): the term of a word not in it (None for a stopword). The first\n"
"`lead` terms weigh lead_boost; every weight is multiplied by boost.");

static PyObject *positions_postings(PyObject *self, PyObject *args)
{
    PyObject *words, *cache, *term_for;
    Py_ssize_t lead;
    double lead_boost, boost;
    if (!PyArg_ParseTuple(args, "O!O!Ondd:positions_postings", &PyList_Type, &words,
                          &PyDict_Type, &cache, &term_for, &lead, &lead_boost, &boost))
        return NULL;

    Py_ssize_t n = PyList_GET_SIZE(words), count = 0;
    PyObject *slots = PyDict_New();  /* term -> its number, in order of first appearance */
    PyObject *order = PyList_New(0); /* the terms by number */
    PyObject *terms = NULL, *weights = NULL, *values = NULL;
    Py_ssize_t *slot_of = PyMem_Malloc((n + 1) * sizeof(Py_ssize_t)); /* by position */
    Py_ssize_t *counts = NULL, *starts = NULL, *grouped = NULL;
    if (slots == NULL || order == NULL || slot_of == NULL)
        goto error;

    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *word = PyList_GET_ITEM(words, i);
        PyObject *term = PyDict_GetItemWithError(cache, word), *owned = NULL;
        if (term == NULL) {
            if (PyErr_Occurred())
                goto error;
            term = owned = PyObject_CallOneArg(term_for, word);
            if (term == NULL)
                goto error;
        }
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

PyDoc_STRVAR(simhash_doc,
"simhash(words, seed)\n"
"\n"
"The signed 64-bit SimHash of the 2-shingles of a list of words (padded with empty words to\n"
"two): bit i is set when more than half of the shingles' hashes have it. A shingle\n"
"\"a b\" hashes to its UTF-8 CRC-32 (high half) and its CRC-32 seeded with seed (low half).");

static PyObject *simhash(PyObject *self, PyObject *args)
{
    PyObject *words;
    unsigned int seed;
    if (!PyArg_ParseTuple(args, "O!I:simhash", &PyList_Type, &words, &seed))
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(words), shingles = n < 2 ? 1 : n - 1;
    Py_ssize_t votes[64] = {0};
    const char *before = "", *word;
    Py_ssize_t before_size = 0, word_size;
    for (Py_ssize_t i = 0; i <= shingles; i++) {
        if (i < n) {
            PyObject *item = PyList_GET_ITEM(words, i);
            if (!PyUnicode_Check(item)) {
                PyErr_SetString(PyExc_TypeError, "a word must be a str");
                return NULL;
            }
            word = PyUnicode_AsUTF8AndSize(item, &word_size);
            if (word == NULL)
                return NULL;
        } else {
            word = "";
            word_size = 0;
        }
        if (i > 0) {
            uint32_t high = crc32_of(crc32_of(crc32_of(0, before, before_size), " ", 1),
                                     word, word_size);
            uint32_t low = crc32_of(crc32_of(crc32_of(seed, before, before_size), " ", 1),
                                    word, word_size);
            uint64_t hash = ((uint64_t)high << 32) | low;
            for (int bit = 0; bit < 64; bit++)
                votes[bit] += (hash >> bit) & 1;
        }
        before = word;
        before_size = word_size;
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
