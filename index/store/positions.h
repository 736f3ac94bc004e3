/* What index/store/_positions.c's functions share (with buffer.h's buffers and varints): a term's
 * record opened and its positions decoded (the record's format is described at the top of
 * _positions.c), a term found among a field's sorted terms, and a phrase's words matched one
 * after the other in one segment's records. Static functions: _positions.c includes it once. */
#ifndef KABAR_POSITIONS_H
#define KABAR_POSITIONS_H

#include "buffer.h"
#include <unistd.h>

#define BLOCK 128
#define TABLE_ENTRY 12

typedef struct {
    uint64_t docs, blocks;
    const uint8_t *table, *data, *end;
} Record;

static int open_record(Py_buffer *file, Py_ssize_t offset, Py_ssize_t stop, Record *record)
{
    if (offset < 0 || stop > file->len || offset > stop) {
        PyErr_SetString(PyExc_ValueError, "positions file: a record outside the file");
        return -1;
    }
    const uint8_t *p = (const uint8_t *)file->buf + offset, *end = (const uint8_t *)file->buf + stop;
    record->docs = get_varint(&p, end);
    record->blocks = get_varint(&p, end);
    if (record->blocks * TABLE_ENTRY > (uint64_t)(end - p) ||
        record->blocks != (record->docs + BLOCK - 1) / BLOCK) {
        PyErr_SetString(PyExc_ValueError, "positions file: a damaged record");
        return -1;
    }
    record->table = p;
    record->data = p + record->blocks * TABLE_ENTRY;
    record->end = end;
    return 0;
}

static inline float get_weight(const uint8_t **p, const uint8_t *end)
{
    uint64_t code = get_varint(p, end);
    if (code & 1) {
        float weight = 0;
        if (*p + 4 <= end)
            memcpy(&weight, *p, 4);
        *p += 4;
        return weight;
    }
    return (float)(code >> 1) / 4.0f;
}

/* The positions of a record's documents, or of those of `wanted` (ascending; all when `all`):
 * appended to `docs` (int64, a document per position with `each`, else one per document),
 * `counts` (int64, without `each`) and `positions` (int32). */
static int decode_positions(const uint8_t *buffer, Py_ssize_t length, const int64_t *wanted,
                            Py_ssize_t wanted_count, int all, int each, Out *docs, Out *counts,
                            Out *positions)
{
    Record record;
    Py_buffer file = {.buf = (void *)buffer, .len = length};
    uint64_t block_docs[BLOCK];
    Py_ssize_t w = 0;
    if (open_record(&file, 0, length, &record) < 0)
        return -1;
    uint64_t previous = 0;
    for (uint64_t b = 0; b < record.blocks; b++) {
        const uint8_t *entry = record.table + b * TABLE_ENTRY;
        uint64_t last = get_u32(entry);
        uint64_t base = previous;
        previous = last;
        if (!all) {
            while (w < wanted_count && wanted[w] <= (int64_t)base && b)
                w++; /* wanted documents before this block: not in the term */
            if (w == wanted_count)
                break;
            if (wanted[w] > (int64_t)last)
                continue; /* none of the wanted documents in this block */
        }
        uint64_t n = b + 1 < record.blocks ? BLOCK : record.docs - b * BLOCK;
        const uint8_t *p = record.data + get_u32(entry + 4), *end = record.end;
        const uint8_t *q = record.data + get_u32(entry + 8);
        if (p > end || q > end) {
            PyErr_SetString(PyExc_ValueError, "positions file: a damaged block table");
            return -1;
        }
        uint64_t doc = base;
        for (uint64_t i = 0; i < n; i++) {
            doc += get_varint(&p, end);
            block_docs[i] = doc;
            uint64_t code = get_varint(&p, end);
            if (code & 1)
                p += 4;
        }
        for (uint64_t i = 0; i < n; i++) {
            uint64_t count = get_varint(&q, end);
            int take = all;
            if (!all) {
                while (w < wanted_count && wanted[w] < (int64_t)block_docs[i])
                    w++;
                take = w < wanted_count && wanted[w] == (int64_t)block_docs[i];
            }
            if (!take) {
                skip_varints(&q, end, count);
                continue;
            }
            if (count > (uint64_t)(end - q)) {
                PyErr_SetString(PyExc_ValueError, "positions file: a record cut short");
                return -1;
            }
            Py_ssize_t owners = each ? (Py_ssize_t)count : 1;
            if (reserve(docs, 8 * owners) < 0 || reserve(counts, 8) < 0 ||
                reserve(positions, (Py_ssize_t)count * 4) < 0)
                return -1;
            int64_t doc_value = (int64_t)block_docs[i], count_value = (int64_t)count;
            for (Py_ssize_t k = 0; k < owners; k++) {
                memcpy(docs->data + docs->size, &doc_value, 8);
                docs->size += 8;
            }
            if (!each) {
                memcpy(counts->data + counts->size, &count_value, 8);
                counts->size += 8;
            }
            int32_t *into = (int32_t *)(positions->data + positions->size);
            uint64_t position = 0;
            for (uint64_t k = 0; k < count; k++) {
                position += get_varint(&q, end);
                into[k] = (int32_t)position;
            }
            positions->size += (Py_ssize_t)count * 4;
        }
        if (!all && w == wanted_count)
            break;
    }
    return 0;
}

/* Where `term` stands among `count` sorted terms (find_term's doc), -1 when it is not there,
 * -2 with ValueError set when the table points outside the file. */
static Py_ssize_t locate_term(const Py_buffer *file, Py_ssize_t base, const Py_buffer *ends_b,
                              Py_ssize_t count, const char *term, Py_ssize_t length)
{
    const int64_t *ends = ends_b->buf;
    const uint8_t *data = file->buf;
    if (count < 0 || ends_b->len / 8 < count || base < 0 || base > file->len ||
        (count && (ends[count - 1] < 0 || ends[count - 1] > file->len - base))) {
        PyErr_SetString(PyExc_ValueError, "find_term: a term table outside its file");
        return -2;
    }
    Py_ssize_t low = 0, high = count;
    while (low < high) { /* the first term not below `term` */
        Py_ssize_t middle = low + (high - low) / 2;
        int64_t start = middle ? ends[middle - 1] : 0, end = ends[middle];
        if (start < 0 || start > end || end > ends[count - 1]) {
            PyErr_SetString(PyExc_ValueError, "find_term: term ends out of order");
            return -2;
        }
        Py_ssize_t size = (Py_ssize_t)(end - start);
        int order = memcmp(data + base + start, term, size < length ? size : length);
        if (order < 0 || (order == 0 && size < length))
            low = middle + 1;
        else
            high = middle;
    }
    if (low < count) {
        int64_t start = low ? ends[low - 1] : 0;
        if (ends[low] - start == length && memcmp(data + base + start, term, length) == 0)
            return low;
    }
    return -1;
}

/* A phrase's word k's record: 0 with *data and *length set, 1 when the word is not there
 * (no document has the phrase), -1 with an exception set. */
typedef int (*RecordOf)(void *source, Py_ssize_t k, const uint8_t **data, Py_ssize_t *length);

/* Which of `wanted` (ascending documents of one segment that have every word) have the words
 * one after the other, `places` each word's place in the phrase (0 for the first), the words
 * in the order they are best read (the rarest first); the records read through `record_of`
 * one word at a time, each only while documents are still in: appended to `found` (int64),
 * each plus `offset`. */
static int match_in_a_row(RecordOf record_of, void *source, const Py_ssize_t *places,
                          Py_ssize_t words, const int64_t *wanted, Py_ssize_t wanted_count,
                          int64_t offset, Out *found)
{
    int status = -1;
    Out keys = {NULL, 0, 0}, docs = {NULL, 0, 0}, counts = {NULL, 0, 0},
        positions = {NULL, 0, 0}, still = {NULL, 0, 0}, current = {NULL, 0, 0};
    Py_ssize_t kept = 0; /* keys (int64: document << 32 | where the phrase starts) still in */
    for (Py_ssize_t k = 0; k < words; k++) {
        Py_ssize_t place = places[k];
        const uint8_t *data;
        Py_ssize_t length;
        int got = record_of(source, k, &data, &length);
        if (got < 0)
            goto done;
        if (got > 0) {
            kept = 0;
            still.size = 0;
            break;
        }
        docs.size = counts.size = positions.size = 0;
        if (decode_positions(data, length, wanted, wanted_count, 0, 1, &docs, &counts,
                             &positions) < 0)
            goto done;
        const int64_t *owner = (const int64_t *)docs.data;
        const int32_t *where = (const int32_t *)positions.data;
        Py_ssize_t n = positions.size / 4;
        if (k == 0) {
            if (reserve(&keys, n * 8) < 0)
                goto done;
            int64_t *key = (int64_t *)keys.data;
            for (Py_ssize_t i = 0; i < n; i++)
                if (where[i] >= place)
                    key[kept++] = owner[i] << 32 | (where[i] - place);
        } else { /* keep the keys this word continues: a merge of two ascending lists */
            int64_t *key = (int64_t *)keys.data;
            Py_ssize_t i = 0, j = 0, out = 0;
            while (i < kept && j < n) {
                if (where[j] < place) {
                    j++;
                    continue;
                }
                int64_t other = owner[j] << 32 | (where[j] - place);
                if (key[i] < other)
                    i++;
                else if (key[i] > other)
                    j++;
                else {
                    key[out++] = key[i++];
                    j++;
                }
            }
            kept = out;
        }
        /* the documents still in: the next word is read for those only */
        still.size = 0;
        const int64_t *key = (const int64_t *)keys.data;
        for (Py_ssize_t i = 0; i < kept; i++) {
            int64_t doc = key[i] >> 32;
            if (still.size && ((int64_t *)still.data)[still.size / 8 - 1] == doc)
                continue;
            if (reserve(&still, 8) < 0)
                goto done;
            memcpy(still.data + still.size, &doc, 8);
            still.size += 8;
        }
        if (!kept)
            break;
        /* `still` is rebuilt after the next word is read: the next word reads a copy */
        current.size = 0;
        if (reserve(&current, still.size) < 0)
            goto done;
        memcpy(current.data, still.data, still.size);
        wanted = (const int64_t *)current.data;
        wanted_count = still.size / 8;
    }
    if (reserve(found, still.size) < 0)
        goto done;
    for (Py_ssize_t i = 0; i < still.size / 8; i++) {
        int64_t doc = ((int64_t *)still.data)[i] + offset;
        memcpy(found->data + found->size, &doc, 8);
        found->size += 8;
    }
    status = 0;
done:
    PyMem_Free(keys.data);
    PyMem_Free(docs.data);
    PyMem_Free(counts.data);
    PyMem_Free(positions.data);
    PyMem_Free(still.data);
    PyMem_Free(current.data);
    return status;
}

/* The places of a phrase's words, from a list of ints. */
static Py_ssize_t *places_of(PyObject *places, Py_ssize_t words)
{
    if (PyList_GET_SIZE(places) != words) {
        PyErr_SetString(PyExc_ValueError, "joined_in_a_row: terms and places of different lengths");
        return NULL;
    }
    Py_ssize_t *out = PyMem_Malloc((words ? words : 1) * sizeof(Py_ssize_t));
    if (out == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    for (Py_ssize_t k = 0; k < words; k++) {
        out[k] = PyLong_AsSsize_t(PyList_GET_ITEM(places, k));
        if (out[k] == -1 && PyErr_Occurred()) {
            PyMem_Free(out);
            return NULL;
        }
    }
    return out;
}

/* `size` bytes at `offset` of `fd` into *buffer, grown to hold them (*capacity: its size now);
   0, or -1 with an exception set. */
static int read_record(int fd, off_t offset, Py_ssize_t size, uint8_t **buffer,
                       Py_ssize_t *capacity)
{
    if (size > *capacity) {
        uint8_t *grown = PyMem_Realloc(*buffer, size);
        if (grown == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        *buffer = grown;
        *capacity = size;
    }
    Py_ssize_t got;
    Py_BEGIN_ALLOW_THREADS
    got = pread(fd, *buffer, size, offset);
    Py_END_ALLOW_THREADS
    if (got != size) {
        if (got < 0)
            PyErr_SetFromErrno(PyExc_OSError);
        else
            PyErr_Format(PyExc_OSError, "positions file: a record cut short (%zd bytes)", got);
        return -1;
    }
    return 0;
}

/* A segment's records, read by term (joined_in_a_row) into one buffer, a word at a time. */
typedef struct {
    Py_buffer file, ends, starts;
    Py_ssize_t base, count, records;
    int fd;
    PyObject *terms; /* a list of bytes */
    uint8_t *record;
    Py_ssize_t capacity;
} SegmentRecords;

static int record_in_segment(void *source, Py_ssize_t k, const uint8_t **data,
                             Py_ssize_t *length)
{
    SegmentRecords *segment = source;
    PyObject *term = PyList_GET_ITEM(segment->terms, k);
    if (!PyBytes_Check(term)) {
        PyErr_SetString(PyExc_TypeError, "joined_in_a_row: terms must be bytes");
        return -1;
    }
    Py_ssize_t at = locate_term(&segment->file, segment->base, &segment->ends, segment->count,
                                PyBytes_AS_STRING(term), PyBytes_GET_SIZE(term));
    if (at < -1)
        return -1;
    if (at < 0)
        return 1;
    const int64_t *starts = segment->starts.buf;
    if (segment->starts.len / 8 < segment->count + 1 || starts[at] < 0 ||
        starts[at + 1] < starts[at]) {
        PyErr_SetString(PyExc_ValueError, "joined_in_a_row: a record table out of order");
        return -1;
    }
    Py_ssize_t size = (Py_ssize_t)(starts[at + 1] - starts[at]);
    if (read_record(segment->fd, (off_t)(segment->records + starts[at]), size, &segment->record,
                    &segment->capacity) < 0)
        return -1;
    *data = segment->record;
    *length = size;
    return 0;
}

#endif
