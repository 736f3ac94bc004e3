/* The statements' scan of a whole body for cue words, compiled.
 *
 *   cue_starts  where a word of a set stands: every place the pattern
 *               \b(?:word|word|...)\b(?!-) could match (index/extract/statements/cues.py's
 *               `words`), for reported.py to match the pattern at. In Python the pattern was
 *               tried at every character of every body, a tenth of the statements' time.
 *               tests/test_cue_scan.py compares the matches found from these places with the
 *               pattern's own finditer.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* re's \w in a str pattern: a letter, a digit or a number, or the underscore. */
static int is_word(Py_UCS4 ch)
{
    if (ch < 128)
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')
               || ch == '_';
    return Py_UNICODE_ISALNUM(ch);
}

PyDoc_STRVAR(cue_starts_doc,
"cue_starts(text, words, shortest, longest) -> list of int\n\n"
"Where a run of word characters (re's \\w) starts, in order, when the run with the runs a\n"
"hyphen joins to it (\\w+(?:-\\w+)*), not followed by a hyphen, is one of `words` (a set of\n"
"str). `shortest`, `longest`: the lengths of the shortest and the longest of them; a run of\n"
"another length is not looked up.");

static PyObject *cue_starts(PyObject *self, PyObject *args)
{
    PyObject *text, *words;
    Py_ssize_t shortest, longest;
    if (!PyArg_ParseTuple(args, "UOnn", &text, &words, &shortest, &longest))
        return NULL;
    if (!PyAnySet_Check(words)) {
        PyErr_SetString(PyExc_TypeError, "words must be a set or a frozenset");
        return NULL;
    }
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    PyObject *found = PyList_New(0);
    if (found == NULL)
        return NULL;
    Py_ssize_t at = 0;
    while (at < length) {
        if (!is_word(PyUnicode_READ(kind, data, at))) {
            at++;
            continue;
        }
        /* a run starts at `at` (the character before it, if any, is no word character) */
        Py_ssize_t run_end = at + 1;
        while (run_end < length && is_word(PyUnicode_READ(kind, data, run_end)))
            run_end++;
        Py_ssize_t end = run_end; /* the runs joined by hyphens */
        while (end + 1 < length && PyUnicode_READ(kind, data, end) == '-'
               && is_word(PyUnicode_READ(kind, data, end + 1))) {
            end += 2;
            while (end < length && is_word(PyUnicode_READ(kind, data, end)))
                end++;
        }
        if (end - at >= shortest && end - at <= longest
            && (end == length || PyUnicode_READ(kind, data, end) != '-')) {
            PyObject *word = PyUnicode_Substring(text, at, end);
            if (word == NULL)
                goto error;
            int known = PySet_Contains(words, word);
            Py_DECREF(word);
            if (known < 0)
                goto error;
            if (known) {
                PyObject *start = PyLong_FromSsize_t(at);
                if (start == NULL)
                    goto error;
                int failed = PyList_Append(found, start);
                Py_DECREF(start);
                if (failed)
                    goto error;
            }
        }
        at = run_end; /* the next run may start after a hyphen inside this one's words */
    }
    return found;
error:
    Py_DECREF(found);
    return NULL;
}

static PyMethodDef methods[] = {
    {"cue_starts", cue_starts, METH_VARARGS, cue_starts_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "index.extract.statements._scan",
    "Compiled scans of a body for the statements: where cue words stand.", -1,
    methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__scan(void) { return PyModule_Create(&module); }
