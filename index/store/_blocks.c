/* A segment field's postings in Whoosh's W3 block format, compiled.
 *
 * In Python (a pickle and a few bytecodes per posting) this was a large part of a build's time at
 * 58,000 articles. What it writes is what whoosh3's W3PostingsWriter writes, byte for byte (the
 * version pyproject.toml pins exactly):
 *
 *   group_by_term       a segment field's postings grouped by term (index/store/bulk_writer.py).
 *   postings_blocks     a segment field's postings in Whoosh's W3 block format, and each term's
 *                       info (index/store/bulk_writer.py); tests/test_bulk_writer.py reads them back
 *                       with Whoosh and compares them with an index Whoosh wrote.
 *
 * The postings of one article's text are made by index/analysis/_words.c.
 */
#include "buffer.h"

/* -------------------------------------------------------------------------------- blocks */

/* A non-negative int as pickle writes it: BININT1, BININT2 or BININT (little-endian). */
static void put_pickled_int(Out *out, long value)
{
    if (value <= 0xff) {
        put_byte(out, 'K');
        put_byte(out, (uint8_t)value);
    } else if (value <= 0xffff) {
        put_byte(out, 'M');
        put_byte(out, (uint8_t)(value & 0xff));
        put_byte(out, (uint8_t)(value >> 8));
    } else {
        put_byte(out, 'J');
        for (int k = 0; k < 4; k++)
            put_byte(out, (uint8_t)((value >> (8 * k)) & 0xff));
    }
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
        put_byte(out, (uint8_t)(0x84 + count)); /* TUPLE1, TUPLE2, TUPLE3 */
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
            put_byte(out, (uint8_t)((kept_size >> (8 * k)) & 0xff));
    }
    if (fixed_size != 0) {
        for (Py_ssize_t i = 0; i < count; i++) {
            if (!PyBytes_Check(values[i]) || PyBytes_GET_SIZE(values[i]) == 0)
                continue;
            Py_ssize_t size = PyBytes_GET_SIZE(values[i]);
            if (fixed_size < 0) {
                if (size < 256) {
                    put_byte(out, 'C'); /* SHORT_BINBYTES */
                    put_byte(out, (uint8_t)size);
                } else {
                    put_byte(out, 'B');
                    for (int k = 0; k < 4; k++)
                        put_byte(out, (uint8_t)((size >> (8 * k)) & 0xff));
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
"fixed_value_size() (-1 for None). Follows whoosh3 3.54.0's W3PostingsWriter and\n"
"W3TermInfo (the version pyproject.toml pins).");

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
            const char *data = (const char *)block.data;
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
        uint8_t info_data[35];
        Out info = {info_data, 0, sizeof info_data};
        float weight32 = (float)total_weight;
        uint32_t weight_bits, max_weight_bits;
        memcpy(&weight_bits, &weight32, 4);
        memcpy(&max_weight_bits, &max_weight, 4);
        put_byte(&info, 0); /* not inlined */
        put_be(&info, weight_bits, 4);
        put_be(&info, (uint64_t)(ends[t] - first), 4);
        put_byte(&info, (uint8_t)min_length);
        put_byte(&info, (uint8_t)max_length);
        put_be(&info, max_weight_bits, 4);
        put_be(&info, docs[first], 4);
        put_be(&info, docs[ends[t] - 1], 4);
        put_be(&info, (uint64_t)(offset + start), 8);
        put_be(&info, (uint64_t)(out.size - start), 4);
        PyObject *info_bytes = PyBytes_FromStringAndSize((const char *)info.data, info.size);
        if (info_bytes == NULL)
            goto done;
        PyList_SET_ITEM(infos, t, info_bytes);
    }
    blob = PyBytes_FromStringAndSize(out.data ? (const char *)out.data : "", out.size);

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
    {"group_by_term", group_by_term, METH_VARARGS, group_by_term_doc},
    {"postings_blocks", postings_blocks, METH_VARARGS, postings_blocks_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "index.store._blocks",
    "Compiled writing of a segment's postings as Whoosh's W3 blocks.", -1,
    methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__blocks(void)
{
    return PyModule_Create(&module);
}
