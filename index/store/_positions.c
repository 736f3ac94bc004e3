/* A segment's positions file (index/store/segment_positions.py): its term records, compiled.
 *
 *   decode_values      Whoosh's Positions values (a count, then a pickled list of gaps) as
 *                      flat arrays, without unpickling them one by one.
 *   term_records       the records of a field's terms, from its postings grouped by term.
 *   read_postings      a term's documents and weights from its record.
 *   read_positions     a term's positions in all its documents, or in some of them, from its
 *                      record: only the blocks holding those documents are decoded.
 *   find_term          where a term stands in a field's sorted terms (a binary search).
 *   joined_postings    a term's documents and weights over several segments' files, one
 *                      call: found, read and decoded in each, joined in document order.
 *   joined_in_a_row    which documents have a phrase's words one after the other, over
 *                      several segments' files in one call: each segment's records read a
 *                      word at a time, only while some of its documents are still in.
 *   common_positions   where two ascending arrays of document numbers share a value (the
 *                      documents that have every word of a phrase, of an AND).
 *
 * A term's record, every number an unsigned LEB128 varint unless said otherwise:
 *
 *   documents, blocks                      how many of each (BLOCK documents a block)
 *   per block: last document, where its documents start, where its positions start
 *                                          (3 x uint32 little-endian; offsets from the end of
 *                                          this table)
 *   per block, per document: the gap from the document before (the block before's last, or 0),
 *                            the weight's code: 4 x weight << 1 when that is a whole number
 *                            below 2**28, else 1 and the float32's 4 bytes
 *   per block, per document: how many positions, then the gaps between them (the first from 0)
 */
#include "positions.h"

/* ----------------------------------------------------------------------- Whoosh's values */

/* The gaps of one Positions value (Positions.encode: "!I" count, then pickle.dumps(gaps, 2)),
 * appended to `positions` as positions; -1 for a pickle of another shape. */
static int decode_value(const uint8_t *p, Py_ssize_t size, Out *positions, uint32_t *count)
{
    if (size < 4)
        return -1;
    uint32_t expected = (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
    const uint8_t *q = p + 4, *end = p + size;
    uint32_t found = 0;
    uint64_t position = 0;
    if (expected > (uint64_t)size / 2) /* each gap takes two bytes of pickle at least */
        return -1;
    if (reserve(positions, (Py_ssize_t)expected * 4) < 0)
        return -2;
    while (q < end) {
        uint8_t op = *q++;
        int64_t value;
        switch (op) {
        case 0x80: q += 1; continue;             /* PROTO */
        case 'q': q += 1; continue;              /* BINPUT */
        case 'r': q += 4; continue;              /* LONG_BINPUT */
        case 0x94: case ']': case '(': case 'a': case 'e': case 'l': continue;
        case '.': goto stop;
        case 'K':
            if (q + 1 > end) return -1;
            value = q[0];
            q += 1;
            break;
        case 'M':
            if (q + 2 > end) return -1;
            value = q[0] | q[1] << 8;
            q += 2;
            break;
        case 'J':
            if (q + 4 > end) return -1;
            value = (int32_t)get_u32(q);
            q += 4;
            break;
        default:
            return -1;
        }
        if (value < 0 || found >= expected)
            return -1;
        position += (uint64_t)value;
        if (position > UINT32_MAX)
            return -1;
        ((uint32_t *)positions->data)[positions->size / 4] = (uint32_t)position;
        positions->size += 4;
        found++;
    }
    return -1; /* no STOP */
stop:
    if (found != expected)
        return -1;
    *count = found;
    return 0;
}

PyDoc_STRVAR(decode_values_doc,
"decode_values(values) -> (counts, positions)\n"
"\n"
"Whoosh's Positions values (a list of bytes) as flat arrays: how many positions each has\n"
"(int64 bytes) and the positions one value after the other (uint32 bytes). ValueError for\n"
"a value that is not the plain pickle of a list of gaps Positions.encode writes.");

static PyObject *decode_values(PyObject *self, PyObject *args)
{
    PyObject *values;
    if (!PyArg_ParseTuple(args, "O!:decode_values", &PyList_Type, &values))
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(values);
    Out positions = {NULL, 0, 0};
    PyObject *counts = PyBytes_FromStringAndSize(NULL, n * 8), *result = NULL;
    if (counts == NULL)
        return NULL;
    int64_t *count_of = (int64_t *)PyBytes_AS_STRING(counts);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *value = PyList_GET_ITEM(values, i);
        uint32_t count = 0;
        int failed = PyBytes_Check(value) ? decode_value(
            (const uint8_t *)PyBytes_AS_STRING(value), PyBytes_GET_SIZE(value), &positions,
            &count) : -1;
        if (failed == -2)
            goto done;
        if (failed) {
            PyErr_Format(PyExc_ValueError, "decode_values: value %zd is not a list of gaps", i);
            goto done;
        }
        count_of[i] = count;
    }
    result = Py_BuildValue("(Oy#)", counts, positions.data ? (char *)positions.data : "",
                           positions.size);
done:
    Py_DECREF(counts);
    PyMem_Free(positions.data);
    return result;
}

/* ----------------------------------------------------------------------------- writing */

PyDoc_STRVAR(term_records_doc,
"term_records(ends, docs, weights, counts, positions) -> (records, offsets)\n"
"\n"
"The records of a field's terms: `ends` (int64) where each term's postings end, then per\n"
"posting its document (uint32, ascending within a term), weight (float32) and number of\n"
"positions (int64), and the positions one posting after the other (uint32, ascending within\n"
"a posting). Returns the records one after the other and where each starts (int64 bytes,\n"
"one more at the end).");

static PyObject *term_records(PyObject *self, PyObject *args)
{
    Py_buffer ends_b, docs_b, weights_b, counts_b, positions_b;
    if (!PyArg_ParseTuple(args, "y*y*y*y*y*:term_records", &ends_b, &docs_b, &weights_b,
                          &counts_b, &positions_b))
        return NULL;
    const int64_t *ends = ends_b.buf, *counts = counts_b.buf;
    const uint32_t *docs = docs_b.buf, *positions = positions_b.buf;
    const float *weights = weights_b.buf;
    Py_ssize_t terms = ends_b.len / 8, postings = docs_b.len / 4;
    Py_ssize_t total_positions = positions_b.len / 4;
    Out out = {NULL, 0, 0}, doc_part = {NULL, 0, 0}, position_part = {NULL, 0, 0};
    PyObject *offsets = NULL, *result = NULL;

    if (weights_b.len / 4 != postings || counts_b.len / 8 != postings ||
        (terms && ends[terms - 1] != postings)) {
        PyErr_SetString(PyExc_ValueError, "term_records: arrays of different lengths");
        goto done;
    }
    if ((offsets = PyBytes_FromStringAndSize(NULL, (terms + 1) * 8)) == NULL)
        goto done;
    int64_t *offset_of = (int64_t *)PyBytes_AS_STRING(offsets);
    Py_ssize_t at = 0; /* the next posting's first position */
    for (Py_ssize_t t = 0, first = 0; t < terms; first = ends[t], t++) {
        Py_ssize_t n = ends[t] - first, blocks = (n + BLOCK - 1) / BLOCK;
        if (n < 0) {
            PyErr_SetString(PyExc_ValueError, "term_records: ends decrease");
            goto done;
        }
        offset_of[t] = out.size;
        doc_part.size = position_part.size = 0;
        if (reserve(&out, 20 + blocks * TABLE_ENTRY) < 0)
            goto done;
        put_varint(&out, (uint64_t)n);
        put_varint(&out, (uint64_t)blocks);
        Py_ssize_t table = out.size;
        out.size += blocks * TABLE_ENTRY;
        uint32_t previous = 0;
        for (Py_ssize_t b = 0; b < blocks; b++) {
            Py_ssize_t low = first + b * BLOCK, high = low + BLOCK < ends[t] ? low + BLOCK : ends[t];
            uint8_t *entry = out.data + table + b * TABLE_ENTRY;
            put_u32(entry, docs[high - 1]);
            put_u32(entry + 4, (uint32_t)doc_part.size);
            put_u32(entry + 8, (uint32_t)position_part.size);
            for (Py_ssize_t i = low; i < high; i++) {
                if (reserve(&doc_part, 25) < 0)
                    goto done;
                if (docs[i] < previous || (i > low && docs[i] == previous)) {
                    PyErr_SetString(PyExc_ValueError, "term_records: documents not ascending");
                    goto done;
                }
                put_varint(&doc_part, docs[i] - previous);
                previous = docs[i];
                float quarter = weights[i] * 4.0f;
                if (quarter >= 0 && quarter < (float)(1 << 28) &&
                    quarter == (float)(uint32_t)quarter) {
                    put_varint(&doc_part, (uint64_t)(uint32_t)quarter << 1);
                } else {
                    put_varint(&doc_part, 1);
                    memcpy(doc_part.data + doc_part.size, &weights[i], 4);
                    doc_part.size += 4;
                }
                int64_t count = counts[i];
                if (count < 0 || at + count > total_positions) {
                    PyErr_SetString(PyExc_ValueError, "term_records: too few positions");
                    goto done;
                }
                if (reserve(&position_part, 10 * (count + 1)) < 0)
                    goto done;
                put_varint(&position_part, (uint64_t)count);
                uint32_t before = 0;
                for (int64_t k = 0; k < count; k++, at++) {
                    put_varint(&position_part, positions[at] - before);
                    before = positions[at];
                }
            }
        }
        Py_ssize_t docs_size = doc_part.size;
        for (Py_ssize_t b = 0; b < blocks; b++) {
            uint8_t *entry = out.data + table + b * TABLE_ENTRY;
            put_u32(entry + 8, get_u32(entry + 8) + (uint32_t)docs_size);
        }
        if (reserve(&out, doc_part.size + position_part.size) < 0)
            goto done;
        memcpy(out.data + out.size, doc_part.data, doc_part.size);
        out.size += doc_part.size;
        if (position_part.size)
            memcpy(out.data + out.size, position_part.data, position_part.size);
        out.size += position_part.size;
    }
    offset_of[terms] = out.size;
    result = Py_BuildValue("(y#O)", out.data ? (char *)out.data : "", out.size, offsets);

done:
    PyMem_Free(out.data);
    PyMem_Free(doc_part.data);
    PyMem_Free(position_part.data);
    Py_XDECREF(offsets);
    PyBuffer_Release(&ends_b);
    PyBuffer_Release(&docs_b);
    PyBuffer_Release(&weights_b);
    PyBuffer_Release(&counts_b);
    PyBuffer_Release(&positions_b);
    return result;
}

/* ----------------------------------------------------------------------------- reading */

PyDoc_STRVAR(read_postings_doc,
"read_postings(file, start, stop) -> (docs, weights)\n"
"\n"
"The documents (int64 bytes) and weights (float32 bytes) of the term whose record is\n"
"file[start:stop].");

static PyObject *read_postings(PyObject *self, PyObject *args)
{
    Py_buffer file;
    Py_ssize_t start, stop;
    if (!PyArg_ParseTuple(args, "y*nn:read_postings", &file, &start, &stop))
        return NULL;
    Record record;
    PyObject *docs = NULL, *weights = NULL, *result = NULL;
    if (open_record(&file, start, stop, &record) < 0)
        goto done;
    Py_ssize_t n = (Py_ssize_t)record.docs;
    if ((docs = PyBytes_FromStringAndSize(NULL, n * 8)) == NULL ||
        (weights = PyBytes_FromStringAndSize(NULL, n * 4)) == NULL)
        goto done;
    int64_t *doc_of = (int64_t *)PyBytes_AS_STRING(docs);
    float *weight_of = (float *)PyBytes_AS_STRING(weights);
    const uint8_t *p = record.data, *end = record.end;
    uint64_t previous = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        previous += get_varint(&p, end);
        doc_of[i] = (int64_t)previous;
        weight_of[i] = get_weight(&p, end);
    }
    if (p > end) {
        PyErr_SetString(PyExc_ValueError, "positions file: a record cut short");
        goto done;
    }
    result = Py_BuildValue("(OO)", docs, weights);
done:
    Py_XDECREF(docs);
    Py_XDECREF(weights);
    PyBuffer_Release(&file);
    return result;
}

PyDoc_STRVAR(read_positions_doc,
"read_positions(file, start, stop, wanted, each=False) -> (docs, counts, positions)\n"
"\n"
"Where the term whose record is file[start:stop] stands: its documents (int64 bytes), how\n"
"many positions each (int64 bytes) and the positions one document after the other (int32\n"
"bytes). With `wanted` (int64 bytes, ascending document numbers; None: all), only those of\n"
"them that have the term; the blocks holding none of them are not decoded. With `each`,\n"
"`docs` has a document per position (its owner) and `counts` is empty.");

static PyObject *read_positions(PyObject *self, PyObject *args)
{
    Py_buffer file, wanted_b = {0};
    Py_ssize_t start, stop;
    PyObject *wanted_object, *result = NULL;
    int each = 0;
    if (!PyArg_ParseTuple(args, "y*nnO|p:read_positions", &file, &start, &stop, &wanted_object,
                          &each))
        return NULL;
    int all = wanted_object == Py_None;
    if (!all && PyObject_GetBuffer(wanted_object, &wanted_b, PyBUF_SIMPLE) < 0) {
        PyBuffer_Release(&file);
        return NULL;
    }
    Out docs = {NULL, 0, 0}, counts = {NULL, 0, 0}, positions = {NULL, 0, 0};
    if (start < 0 || stop > file.len || start > stop) {
        PyErr_SetString(PyExc_ValueError, "positions file: a record outside the file");
        goto done;
    }
    if (decode_positions((const uint8_t *)file.buf + start, stop - start, wanted_b.buf,
                         all ? 0 : wanted_b.len / 8, all, each, &docs, &counts, &positions) < 0)
        goto done;
    result = Py_BuildValue("(y#y#y#)", docs.data ? (char *)docs.data : "", docs.size,
                           counts.data ? (char *)counts.data : "", counts.size,
                           positions.data ? (char *)positions.data : "", positions.size);
done:
    PyMem_Free(docs.data);
    PyMem_Free(counts.data);
    PyMem_Free(positions.data);
    if (!all)
        PyBuffer_Release(&wanted_b);
    PyBuffer_Release(&file);
    return result;
}

/* ------------------------------------------------------------------------------- terms */

PyDoc_STRVAR(find_term_doc,
"find_term(file, terms, term_ends, count, term) -> int\n"
"\n"
"Where `term` (bytes) stands among a field's `count` sorted terms, -1 when it is not there:\n"
"`file` the positions file (a buffer, its term tables mapped), `terms` where the field's terms\n"
"begin in it (one after the other), `term_ends` (int64 buffer) where each one ends, counted\n"
"from `terms`. A table that points outside the file raises ValueError.");

static PyObject *find_term(PyObject *self, PyObject *args)
{
    Py_buffer file, ends_b;
    Py_ssize_t base, count, length;
    const char *term;
    if (!PyArg_ParseTuple(args, "y*ny*ny#:find_term", &file, &base, &ends_b, &count, &term,
                          &length))
        return NULL;
    Py_ssize_t found = locate_term(&file, base, &ends_b, count, term, length);
    PyBuffer_Release(&file);
    PyBuffer_Release(&ends_b);
    return found < -1 ? NULL : PyLong_FromSsize_t(found);
}

PyDoc_STRVAR(joined_postings_doc,
"joined_postings(segments, term, alive=None) -> (docs, weights)\n"
"\n"
"A term's documents (int64 bytes, ascending) and weights (float32 bytes) over several\n"
"segments, in their order: `segments` a sequence of (file, terms, term_ends, count, starts,\n"
"records, fd, offset), one per segment: the first four as find_term takes them, `starts`\n"
"where each term's record begins (int64 buffer, count + 1 of them, counted from `records`,\n"
"where the records begin in the file), `fd` the file the record is read from (pread) and\n"
"`offset` what is added to the segment's document numbers. `alive`: a buffer of one byte\n"
"per document (offsets added), nonzero for those kept; None keeps all. A record that cannot\n"
"be read whole raises OSError.");

static PyObject *joined_postings(PyObject *self, PyObject *args)
{
    PyObject *segments, *alive_object = Py_None, *seq = NULL, *result = NULL;
    const char *term;
    Py_ssize_t length;
    if (!PyArg_ParseTuple(args, "Oy#|O:joined_postings", &segments, &term, &length,
                          &alive_object))
        return NULL;
    Out docs = {NULL, 0, 0}, weights = {NULL, 0, 0};
    uint8_t *record = NULL;
    Py_ssize_t record_capacity = 0;
    Py_buffer alive_b = {.buf = NULL};
    if (alive_object != Py_None && PyObject_GetBuffer(alive_object, &alive_b, PyBUF_SIMPLE) < 0)
        return NULL;
    const uint8_t *alive = alive_b.buf; /* NULL: every document kept */
    if ((seq = PySequence_Fast(segments, "joined_postings: segments must be a sequence")) == NULL)
        goto done;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    for (Py_ssize_t s = 0; s < n; s++) {
        Py_buffer file, ends_b, starts_b;
        Py_ssize_t base, count, records, offset;
        int fd;
        if (!PyArg_ParseTuple(PySequence_Fast_GET_ITEM(seq, s), "y*ny*ny*nin:joined_postings",
                              &file, &base, &ends_b, &count, &starts_b, &records, &fd, &offset))
            goto done;
        Py_ssize_t at = locate_term(&file, base, &ends_b, count, term, length);
        int64_t start = 0, stop = 0;
        if (at >= 0) {
            const int64_t *starts = starts_b.buf;
            if (starts_b.len / 8 < count + 1) {
                PyErr_SetString(PyExc_ValueError, "joined_postings: a record table cut short");
                at = -2;
            } else {
                start = starts[at];
                stop = starts[at + 1];
                if (start < 0 || stop < start) {
                    PyErr_SetString(PyExc_ValueError, "joined_postings: records out of order");
                    at = -2;
                }
            }
        }
        PyBuffer_Release(&file);
        PyBuffer_Release(&ends_b);
        PyBuffer_Release(&starts_b);
        if (at < -1)
            goto done;
        if (at < 0)
            continue; /* not in this segment */
        Py_ssize_t size = (Py_ssize_t)(stop - start);
        if (read_record(fd, (off_t)(records + start), size, &record, &record_capacity) < 0)
            goto done;
        Py_buffer view = {.buf = record, .len = size};
        Record parsed;
        if (open_record(&view, 0, size, &parsed) < 0)
            goto done;
        Py_ssize_t m = (Py_ssize_t)parsed.docs;
        if (reserve(&docs, m * 8) < 0 || reserve(&weights, m * 4) < 0)
            goto done;
        int64_t *doc_of = (int64_t *)(docs.data + docs.size);
        float *weight_of = (float *)(weights.data + weights.size);
        const uint8_t *p = parsed.data, *end = parsed.end;
        uint64_t previous = 0;
        Py_ssize_t kept = 0;
        for (Py_ssize_t i = 0; i < m; i++) {
            previous += get_varint(&p, end);
            int64_t doc = (int64_t)previous + offset;
            float weight = get_weight(&p, end);
            if (alive != NULL) {
                if (doc < 0 || doc >= alive_b.len) {
                    PyErr_SetString(PyExc_ValueError,
                                    "joined_postings: a document past the end of `alive`");
                    goto done;
                }
                if (!alive[doc])
                    continue;
            }
            doc_of[kept] = doc;
            weight_of[kept++] = weight;
        }
        if (p > end) {
            PyErr_SetString(PyExc_ValueError, "positions file: a record cut short");
            goto done;
        }
        docs.size += kept * 8;
        weights.size += kept * 4;
    }
    result = Py_BuildValue("(y#y#)", docs.data ? (char *)docs.data : "", docs.size,
                           weights.data ? (char *)weights.data : "", weights.size);
done:
    Py_XDECREF(seq);
    if (alive_b.buf != NULL)
        PyBuffer_Release(&alive_b);
    PyMem_Free(record);
    PyMem_Free(docs.data);
    PyMem_Free(weights.data);
    return result;
}

PyDoc_STRVAR(joined_in_a_row_doc,
"joined_in_a_row(segments, terms, places, wanted) -> docs\n"
"\n"
"Which of `wanted` (int64 bytes, ascending global document numbers that have every word)\n"
"have a phrase's words one after the other, over several segments in one call: `segments`\n"
"as joined_postings takes them (in the order of their offsets), `terms` the words (bytes) in\n"
"the order they are best read (the rarest first), `places` each one's place in the phrase (0\n"
"for the first word). Each segment's records are read (pread) a word at a time, only while\n"
"some of its documents are still in. Returns those documents (int64 bytes, ascending).");

static PyObject *joined_in_a_row(PyObject *self, PyObject *args)
{
    PyObject *segments, *terms, *places, *seq = NULL, *result = NULL;
    Py_buffer wanted_b;
    if (!PyArg_ParseTuple(args, "OO!O!y*:joined_in_a_row", &segments, &PyList_Type, &terms,
                          &PyList_Type, &places, &wanted_b))
        return NULL;
    Out found = {NULL, 0, 0};
    SegmentRecords segment = {.terms = terms, .record = NULL, .capacity = 0};
    Py_ssize_t words = PyList_GET_SIZE(terms);
    Py_ssize_t *place = places_of(places, words);
    if (place == NULL)
        goto done;
    if ((seq = PySequence_Fast(segments, "joined_in_a_row: segments must be a sequence")) == NULL)
        goto done;
    const int64_t *wanted = wanted_b.buf;
    Py_ssize_t wanted_count = wanted_b.len / 8, n = PySequence_Fast_GET_SIZE(seq), low = 0;
    for (Py_ssize_t s = 0; s < n && low < wanted_count; s++) {
        Py_ssize_t offset, next = PY_SSIZE_T_MAX;
        if (s + 1 < n) {
            PyObject *after = PySequence_Fast_GET_ITEM(seq, s + 1);
            if (!PyTuple_Check(after) || PyTuple_GET_SIZE(after) != 8) {
                PyErr_SetString(PyExc_TypeError, "joined_in_a_row: a segment is an 8-tuple");
                goto done;
            }
            next = PyLong_AsSsize_t(PyTuple_GET_ITEM(after, 7));
            if (next == -1 && PyErr_Occurred())
                goto done;
        }
        if (!PyArg_ParseTuple(PySequence_Fast_GET_ITEM(seq, s), "y*ny*ny*nin:joined_in_a_row",
                              &segment.file, &segment.base, &segment.ends, &segment.count,
                              &segment.starts, &segment.records, &segment.fd, &offset))
            goto done;
        Py_ssize_t high = low;
        while (high < wanted_count && wanted[high] < next)
            high++;
        int status = 0;
        if (high > low) {
            /* the segment's own document numbers */
            int64_t *local = PyMem_Malloc((high - low) * 8);
            if (local == NULL) {
                PyErr_NoMemory();
                status = -1;
            } else {
                for (Py_ssize_t i = low; i < high; i++)
                    local[i - low] = wanted[i] - offset;
                status = match_in_a_row(record_in_segment, &segment, place, words, local,
                                        high - low, offset, &found);
                PyMem_Free(local);
            }
        }
        PyBuffer_Release(&segment.file);
        PyBuffer_Release(&segment.ends);
        PyBuffer_Release(&segment.starts);
        if (status < 0)
            goto done;
        low = high;
    }
    result = PyBytes_FromStringAndSize(found.data ? (char *)found.data : "", found.size);
done:
    Py_XDECREF(seq);
    PyMem_Free(place);
    PyMem_Free(found.data);
    PyMem_Free(segment.record);
    PyBuffer_Release(&wanted_b);
    return result;
}

/* ------------------------------------------------------------------------------- common */

PyDoc_STRVAR(common_positions_doc,
"common_positions(a, b) -> (in_a, in_b)\n"
"\n"
"Where the values that two ascending arrays of int64 (buffers) share stand in each: for each\n"
"value of `a` found in `b` (at its first place there), its index in `a` and in `b`, as int64\n"
"bytes, ascending. Each value of the shorter is looked for by galloping from where the one\n"
"before was found: m log(n / m) steps.");

static PyObject *common_positions(PyObject *self, PyObject *args)
{
    Py_buffer a_b, b_b;
    if (!PyArg_ParseTuple(args, "y*y*:common_positions", &a_b, &b_b))
        return NULL;
    PyObject *result = NULL, *left = NULL, *right = NULL;
    int swapped = a_b.len / 8 > b_b.len / 8;
    const int64_t *small = swapped ? b_b.buf : a_b.buf, *large = swapped ? a_b.buf : b_b.buf;
    Py_ssize_t m = (swapped ? b_b.len : a_b.len) / 8, n = (swapped ? a_b.len : b_b.len) / 8;
    Out in_small = {NULL, 0, 0}, in_large = {NULL, 0, 0};
    if (reserve(&in_small, m * 8 + 8) < 0 || reserve(&in_large, m * 8 + 8) < 0)
        goto done;
    Py_ssize_t at = 0, count = 0;
    for (Py_ssize_t i = 0; i < m && at < n; i++) {
        int64_t value = small[i];
        if (large[at] < value) { /* gallop: the first place not below `value` */
            Py_ssize_t step = 1, low = at, high = at + 1;
            while (high < n && large[high] < value) {
                low = high;
                step *= 2;
                high = at + step;
            }
            if (high > n)
                high = n;
            while (low + 1 < high) { /* large[low] < value, large[high] >= value or n */
                Py_ssize_t middle = low + (high - low) / 2;
                if (large[middle] < value)
                    low = middle;
                else
                    high = middle;
            }
            at = high;
            if (at == n)
                break;
        }
        if (large[at] == value) {
            ((int64_t *)in_small.data)[count] = i;
            ((int64_t *)in_large.data)[count] = at;
            count++;
        }
    }
    left = PyBytes_FromStringAndSize((char *)(swapped ? in_large.data : in_small.data),
                                     count * 8);
    right = PyBytes_FromStringAndSize((char *)(swapped ? in_small.data : in_large.data),
                                      count * 8);
    if (left != NULL && right != NULL)
        result = PyTuple_Pack(2, left, right);
done:
    Py_XDECREF(left);
    Py_XDECREF(right);
    PyMem_Free(in_small.data);
    PyMem_Free(in_large.data);
    PyBuffer_Release(&a_b);
    PyBuffer_Release(&b_b);
    return result;
}

/* ------------------------------------------------------------------------------- module */

static PyMethodDef methods[] = {
    {"decode_values", decode_values, METH_VARARGS, decode_values_doc},
    {"term_records", term_records, METH_VARARGS, term_records_doc},
    {"read_postings", read_postings, METH_VARARGS, read_postings_doc},
    {"read_positions", read_positions, METH_VARARGS, read_positions_doc},
    {"find_term", find_term, METH_VARARGS, find_term_doc},
    {"joined_postings", joined_postings, METH_VARARGS, joined_postings_doc},
    {"joined_in_a_row", joined_in_a_row, METH_VARARGS, joined_in_a_row_doc},
    {"common_positions", common_positions, METH_VARARGS, common_positions_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "index.store._positions",
    "Compiled writing and reading of a segment's positions file.", -1,
    methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__positions(void)
{
    return PyModule_Create(&module);
}
