/* The loops a build runs over every word of every article and over every posting, compiled.
 *
 * In Python (a regex's findall, then a dict lookup, a list append and a few bytecodes per word
 * or posting) they were half of a build's time at 58,000 articles. Each gives what Whoosh reads
 * exactly as it read what the Python gave:
 *
 *   positions_postings  the postings of one text for a Positions field (index/analysis.py);
 *                       tests/test_bulk_writer.py compares them with Whoosh's own field.index,
 *                       whose tokenizer is the regex TOKEN_PATTERN.
 *   simhash             the 64-bit SimHash of word 2-shingles (index/fingerprint.py);
 *                       tests/test_fingerprint.py compares it with a numpy reference.
 *   postings_blocks     a segment field's postings in Whoosh's W3 block format, and each term's
 *                       info (index/bulk_writer.py); tests/test_bulk_writer.py reads them back
 *                       with Whoosh and compares them with an index Whoosh wrote.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <zlib.h>

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

/* Each term's UTF-8 bytes, made once: a segment's postings then share one bytes object per
 * term (hundreds of MB less in a build) and its hash is computed once. */
#define MAX_TERM_BYTES 1000000
static PyObject *encoded_terms; /* dict: str -> bytes */

static PyObject *term_bytes(PyObject *term)
{
    PyObject *encoded = PyDict_GetItemWithError(encoded_terms, term);
    if (encoded != NULL)
        return Py_NewRef(encoded);
    if (PyErr_Occurred() || (encoded = PyUnicode_AsUTF8String(term)) == NULL)
        return NULL;
    if (PyDict_GET_SIZE(encoded_terms) < MAX_TERM_BYTES
        && PyDict_SetItem(encoded_terms, term, encoded) < 0) {
        Py_DECREF(encoded);
        return NULL;
    }
    return encoded;
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
        PyObject *encoded = term_bytes(PyList_GET_ITEM(order, t));
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
"postings_blocks(offset, ends, docs, weights, lengths, values, limit, level, fixed_size)\n"
"\n"
"One field's postings in a segment, in Whoosh's W3 format: (the bytes to write at `offset`\n"
"of the postings file, each term's W3TermInfo bytes). The postings are sorted by term, then\n"
"document; term t's end where ends[t] says. docs: uint32 document numbers; weights: float32;\n"
"lengths: uint8, each posting's document length as Whoosh's length byte (0: none); values:\n"
"bytes. `limit` postings a block, zlib `level` for blocks of at least 80 bytes, fixed_size:\n"
"the format's fixed_value_size() (-1 for None). Follows whoosh3 3.x's W3PostingsWriter and\n"
"W3TermInfo (pyproject.toml pins whoosh3 below 4).");

static PyObject *postings_blocks(PyObject *self, PyObject *args)
{
    Py_ssize_t offset, limit, fixed_size;
    int level;
    Py_buffer ends_buffer, docs_buffer, weights_buffer, lengths_buffer;
    PyObject *values_list;
    if (!PyArg_ParseTuple(args, "ny*y*y*y*O!nin:postings_blocks", &offset, &ends_buffer,
                          &docs_buffer, &weights_buffer, &lengths_buffer, &PyList_Type,
                          &values_list, &limit, &level, &fixed_size))
        return NULL;
    const int64_t *ends = ends_buffer.buf;
    const uint32_t *docs = docs_buffer.buf;
    const float *weights = weights_buffer.buf;
    const uint8_t *lengths = lengths_buffer.buf;
    PyObject **values = PySequence_Fast_ITEMS(values_list);
    Py_ssize_t terms = ends_buffer.len / 8, postings = docs_buffer.len / 4;
    Out out = {NULL, 0, 0}, block = {NULL, 0, 0};
    z_stream stream = {0};
    PyObject *infos = NULL, *blob = NULL;
    int deflating = 0;

    if (weights_buffer.len / 4 != postings || lengths_buffer.len != postings
        || PyList_GET_SIZE(values_list) != postings || limit < 1
        || (terms && (ends[terms - 1] != postings))) {
        PyErr_SetString(PyExc_ValueError, "postings_blocks: arrays of different lengths");
        goto done;
    }
    if (level && deflateInit2(&stream, level, Z_DEFLATED, 10, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        PyErr_SetString(PyExc_MemoryError, "zlib could not start");
        goto done;
    }
    deflating = level != 0;
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
            int compressed = deflating && block.size >= 80; /* COMPRESSION_MIN_SIZE */
            const char *data = block.data;
            Py_ssize_t data_size = block.size;
            char *packed = NULL;
            if (compressed) {
                uLong bound = deflateBound(&stream, block.size);
                if (deflateReset(&stream) != Z_OK || (packed = PyMem_Malloc(bound)) == NULL) {
                    PyErr_NoMemory();
                    goto done;
                }
                stream.next_in = (Bytef *)block.data;
                stream.avail_in = (uInt)block.size;
                stream.next_out = (Bytef *)packed;
                stream.avail_out = (uInt)bound;
                if (deflate(&stream, Z_FINISH) != Z_STREAM_END) {
                    PyMem_Free(packed);
                    PyErr_SetString(PyExc_RuntimeError, "zlib could not compress a block");
                    goto done;
                }
                data = packed;
                data_size = bound - stream.avail_out;
            }
            /* the block's info, pickled (protocol 2) as Whoosh does: (postings, last id, max
             * weight, compression level, min length byte, max length byte) */
            Out header = {NULL, 0, 0};
            if (reserve(&header, 64) < 0) {
                PyMem_Free(packed);
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
                PyMem_Free(packed);
                goto done;
            }
            put_be(&out, (uint32_t)(int32_t)(last ? -size : size), 4);
            put_bytes(&out, header.data, header.size);
            put_bytes(&out, data, data_size);
            PyMem_Free(header.data);
            PyMem_Free(packed);

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
    if (deflating)
        deflateEnd(&stream);
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

/* ------------------------------------------------------------------------------- module */

static PyMethodDef methods[] = {
    {"positions_postings", positions_postings, METH_VARARGS, positions_postings_doc},
    {"simhash", simhash, METH_VARARGS, simhash_doc},
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
    if (encoded_terms == NULL && (encoded_terms = PyDict_New()) == NULL)
        return NULL;
    return PyModule_Create(&module);
}
