/* A search's loops over the words of a text, compiled: a Match object and a few bytecodes per
 * word made them most of a results page's snippets. Each gives what iter_words gives
 * (tests/test_snippet_words.py compares them):
 *
 *   wanted_spans  a snippet's hits: the tokens of a text whose word is wanted (search/snippets.py).
 *   words         a text's first tokens as written (search/typed_share.py).
 */
#include "words.h"

PyDoc_STRVAR(wanted_spans_doc,
"wanted_spans(text, verdicts, judge, limit)\n"
"\n"
"The tokens of a text (TOKEN_PATTERN's, the matches of analyzer.iter_words: a reduplication\n"
"\"kota-kota\" is one) that are wanted, as (start, end, word) in text order. Whether a word, as\n"
"written, is wanted is looked up in the dict verdicts, else asked of judge(word) and kept there\n"
"while verdicts holds fewer than limit words. A snippet's search for its hits\n"
"(search/snippets.py); tests/test_snippet_words.py compares it with iter_words.");

static PyObject *wanted_spans(PyObject *self, PyObject *args)
{
    PyObject *text, *verdicts, *judge;
    Py_ssize_t limit;
    if (!PyArg_ParseTuple(args, "UO!On", &text, &PyDict_Type, &verdicts, &judge, &limit))
        return NULL;
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    Words words = words_of(text);
    Py_ssize_t start, end;
    while (next_word(&words, 1, &start, &end)) {
        /* words.pos: past a reduplication, which the regex's match holds */
        PyObject *word = PyUnicode_Substring(text, start, words.pos);
        if (word == NULL)
            goto fail;
        PyObject *verdict = PyDict_GetItemWithError(verdicts, word);
        if (verdict != NULL) {
            Py_INCREF(verdict);
        } else if (PyErr_Occurred()
                   || (verdict = PyObject_CallOneArg(judge, word)) == NULL
                   || (PyDict_GET_SIZE(verdicts) < limit
                       && PyDict_SetItem(verdicts, word, verdict) < 0)) {
            Py_XDECREF(verdict);
            Py_DECREF(word);
            goto fail;
        }
        int wanted = PyObject_IsTrue(verdict);
        Py_DECREF(verdict);
        if (wanted <= 0) {
            Py_DECREF(word);
            if (wanted < 0)
                goto fail;
            continue;
        }
        PyObject *hit = Py_BuildValue("(nnN)", start, words.pos, word);
        if (hit == NULL || PyList_Append(out, hit) < 0) {
            Py_XDECREF(hit);
            goto fail;
        }
        Py_DECREF(hit);
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

PyDoc_STRVAR(words_doc,
"words(text, limit)\n"
"\n"
"The first limit tokens of a text (all of them when limit < 0), as written: the words of\n"
"analyzer.iter_words, without a Match object each.");

static PyObject *words_py(PyObject *self, PyObject *args)
{
    PyObject *text;
    Py_ssize_t limit;
    if (!PyArg_ParseTuple(args, "Un", &text, &limit))
        return NULL;
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    Words words = words_of(text);
    Py_ssize_t start, end;
    while ((limit < 0 || PyList_GET_SIZE(out) < limit) && next_word(&words, 1, &start, &end)) {
        PyObject *word = PyUnicode_Substring(text, start, words.pos);
        if (word == NULL || PyList_Append(out, word) < 0) {
            Py_XDECREF(word);
            Py_DECREF(out);
            return NULL;
        }
        Py_DECREF(word);
    }
    return out;
}

static PyMethodDef methods[] = {
    {"wanted_spans", wanted_spans, METH_VARARGS, wanted_spans_doc},
    {"words", words_py, METH_VARARGS, words_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "index.analysis._tokens",
    "A text's words for a search, compiled: a snippet's hits, a text's first words.", -1,
    methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__tokens(void) { return PyModule_Create(&module); }
