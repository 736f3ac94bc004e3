/* Where a list of phrases shaped as a character trie (index/extract/trie_pattern.py) can match
 * in a text, in one pass in C: the office names (officials/lexicon.py), the gazetteer's forms
 * (regions/) and the office holders' names (officials/office_holders.py). Their regular
 * expressions tried each at most letters of every body, some tenth of the extraction outside
 * the statements. A place found here is a place where some phrase of the trie is written
 * (without the pattern's closing look-ahead); index/extract/trie_scan.py has the pattern
 * itself match there, so what the readers get is the pattern's own matches, in order.
 *
 * Before walking the trie at a place, tables made from the phrases ask whether the place's first
 * two characters, and (for two ASCII characters) the third, can open a phrase: most places are
 * passed over with one lookup.
 *
 * It must never miss a place where the pattern matches; it may name a few more. So where the
 * pattern is case-blind, a character outside ASCII (in the text or the phrase) is taken to
 * match any character, and every way a separator can be written is tried.
 *   trie_compile(phrases, case, spaces) -> the phrases' trie (a capsule)
 *   trie_starts(trie, text, pos)       -> list of int
 * tests/test_trie_scan.py compares them with the patterns on real articles and random texts.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>

/* how a phrase's letters match: as written; as written at the first and in any case after it
 * (the gazetteer's capitalised forms); in any case */
enum { CASE_EXACT = 0, CASE_AFTER_FIRST = 1, CASE_ANY = 2 };
/* what a space in a phrase matches: one or more of [ \t\xa0] (offices); exactly one (office
 * holders); nothing, or an optional full stop then one or more of [ \t\xa0-] (the gazetteer's
 * `(?:\.?[ \t\xa0-]+)?`, where an apostrophe also matches ’); or re's \s+ (the government
 * words) */
enum { SPACES_RUN = 0, SPACES_ONE = 1, SPACES_FORM = 2, SPACES_ANY = 3 };

/* a pair of characters that opens no phrase; one that may, whatever the third character */
enum { PAIR_NO = 0, PAIR_ANY = 0xFFFF };

typedef struct {
    uint32_t *nodes; /* each node: is_end, n_children, then (char, node offset) n_children times */
    Py_ssize_t size;
    int case_mode, spaces;
    int pair_first; /* lower-case letters open phrases: most places pass first_ok, so ask the
                     * pair's table alone; else first_ok, in a line of the cache, rules most out */
    unsigned char first_ok[256]; /* whether a text character below 256 can open a phrase */
    /* whether two such characters can open one: PAIR_NO, PAIR_ANY, or (two ASCII characters)
     * the row of `third` that says which third characters below 256 can follow them */
    uint16_t pair[256][256];
    uint32_t (*third)[8]; /* rows of 256 bits */
} Trie;

typedef struct {
    int kind;
    const void *data;
    Py_ssize_t length;
    const Trie *trie;
    int open_end; /* the text is a phrase's opening only: its end may be followed by anything */
} Scan;

static int is_blank(Py_UCS4 ch) { return ch == ' ' || ch == '\t' || ch == 0xA0; }

/* A character a space of a phrase may stand for (past SPACES_FORM's optional full stop). */
static int is_space(int spaces, Py_UCS4 ch)
{
    if (spaces == SPACES_ANY)
        return Py_UNICODE_ISSPACE(ch);
    return is_blank(ch) || (spaces == SPACES_FORM && ch == '-');
}

static Py_UCS4 lower_ascii(Py_UCS4 ch) { return (ch >= 'A' && ch <= 'Z') ? ch + 32 : ch; }

/* Whether text character t may match phrase character c (folded: in any case). */
static int same(Py_UCS4 t, Py_UCS4 c, int folded) /* for the first characters' table */
{
    if (t == c)
        return 1;
    if (!folded)
        return 0;
    if (t >= 128 || c >= 128)
        return 1; /* re's case-blind matching knows more pairs than ASCII's ("K", "ſ") */
    return lower_ascii(t) == lower_ascii(c);
}

static int reaches_end(const Scan *scan, uint32_t node, Py_ssize_t at, int first);

/* The places after a space of the phrase at `at`, tried from the furthest; 1 when a phrase
 * ends from one of them. */
static int after_space(const Scan *scan, uint32_t child, Py_ssize_t at)
{
    const Scan *s = scan;
    Py_ssize_t end = at;
    if (s->trie->spaces == SPACES_FORM) {
        if (reaches_end(s, child, at, 0))
            return 1; /* the separator is optional */
        if (end < s->length && PyUnicode_READ(s->kind, s->data, end) == '.')
            end++;
        if (s->open_end && end >= s->length)
            return 1; /* a probe's end: the separator may go on after it */
        Py_ssize_t run = end;
        while (run < s->length && is_space(SPACES_FORM, PyUnicode_READ(s->kind, s->data, run)))
            run++;
        for (Py_ssize_t k = run; k > end; k--)
            if (reaches_end(s, child, k, 0))
                return 1;
        return 0;
    }
    Py_ssize_t run = at;
    while (run < s->length && is_space(s->trie->spaces, PyUnicode_READ(s->kind, s->data, run))) {
        run++;
        if (s->trie->spaces == SPACES_ONE)
            break;
    }
    for (Py_ssize_t k = run; k > at; k--)
        if (reaches_end(s, child, k, 0))
            return 1;
    return 0;
}

/* The first of a node's `count` children (sorted by character) whose character is at least c. */
static uint32_t lower_bound(const uint32_t *kids, uint32_t count, Py_UCS4 c)
{
    uint32_t low = 0, high = count;
    while (low < high) {
        uint32_t middle = (low + high) / 2;
        if (kids[2 * middle] < c)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

/* Whether the child with character c, if any, leads to a phrase written from `at`. */
static int through(const Scan *scan, const uint32_t *kids, uint32_t count, Py_UCS4 c,
                   Py_ssize_t at)
{
    uint32_t k = lower_bound(kids, count, c);
    return k < count && kids[2 * k] == c && reaches_end(scan, kids[2 * k + 1], at, 0);
}

/* Whether some phrase of the trie below `node` is written at `at` (any phrase that ends will
 * do: the pattern's closing look-ahead is left to the pattern). */
static int reaches_end(const Scan *scan, uint32_t node, Py_ssize_t at, int first)
{
    const uint32_t *n = scan->trie->nodes + node;
    if (n[0] || (scan->open_end && at >= scan->length))
        return 1;
    uint32_t count = n[1];
    const uint32_t *kids = n + 2;
    if (count == 0)
        return 0;
    uint32_t space = 0; /* children are sorted: a space's comes after the control characters' */
    while (space < count && kids[2 * space] < ' ')
        space++;
    if (space < count && kids[2 * space] == ' ' && after_space(scan, kids[2 * space + 1], at))
        return 1;
    if (at >= scan->length)
        return 0;
    Py_UCS4 t = PyUnicode_READ(scan->kind, scan->data, at);
    if (t == ' ')
        return 0; /* the space's child was tried above */
    if (t == 0x2019 && scan->trie->spaces == SPACES_FORM && through(scan, kids, count, '\'', at + 1))
        return 1; /* the gazetteer's ['’] */
    int folded = scan->trie->case_mode == CASE_ANY
                 || (scan->trie->case_mode == CASE_AFTER_FIRST && !first);
    if (!folded)
        return through(scan, kids, count, t, at + 1);
    if (t >= 128) { /* any child may match it in re's case-blind matching */
        for (uint32_t k = 0; k < count; k++)
            if (kids[2 * k] != ' ' && reaches_end(scan, kids[2 * k + 1], at + 1, 0))
                return 1;
        return 0;
    }
    Py_UCS4 lower = lower_ascii(t), upper = (lower >= 'a' && lower <= 'z') ? lower - 32 : lower;
    if (through(scan, kids, count, lower, at + 1)
        || (upper != lower && through(scan, kids, count, upper, at + 1)))
        return 1;
    for (uint32_t k = lower_bound(kids, count, 128); k < count; k++)
        if (reaches_end(scan, kids[2 * k + 1], at + 1, 0))
            return 1; /* a letter outside ASCII may match an ASCII one case-blind */
    return 0;
}

static void trie_free_parts(Trie *trie)
{
    PyMem_Free(trie->third);
    PyMem_Free(trie->nodes);
    PyMem_Free(trie);
}

static void trie_free(PyObject *capsule)
{
    Trie *trie = PyCapsule_GetPointer(capsule, "kabar.trie");
    if (trie)
        trie_free_parts(trie);
}

/* The trie while it is built: each node's first child, its next sibling (0: none; the root,
 * node 0, is no one's child), its character and whether a phrase ends there. */
typedef struct {
    uint32_t first, next;
    Py_UCS4 ch;
    unsigned char end;
} Building;

typedef struct {
    Py_UCS4 ch;
    uint32_t node;
} Child;

static int by_char(const void *a, const void *b)
{
    Py_UCS4 x = ((const Child *)a)->ch, y = ((const Child *)b)->ch;
    return (x > y) - (x < y);
}

/* Write node `node` and those below it at *size in `flat` (children sorted by character);
 * returns where it was written, or -1 when memory ran out. */
static int64_t emit(const Building *built, uint32_t node, uint32_t *flat, Py_ssize_t *size)
{
    uint32_t count = 0;
    for (uint32_t c = built[node].first; c; c = built[c].next)
        count++;
    Child *children = PyMem_Malloc((count ? count : 1) * sizeof(Child));
    if (!children)
        return -1;
    uint32_t k = 0;
    for (uint32_t c = built[node].first; c; c = built[c].next)
        children[k++] = (Child){built[c].ch, c};
    qsort(children, count, sizeof(Child), by_char);
    Py_ssize_t at = *size;
    *size += 2 + 2 * (Py_ssize_t)count;
    flat[at] = built[node].end;
    flat[at + 1] = count;
    for (k = 0; k < count; k++) {
        int64_t child = emit(built, children[k].node, flat, size);
        if (child < 0) {
            PyMem_Free(children);
            return -1;
        }
        flat[at + 2 + 2 * k] = children[k].ch;
        flat[at + 3 + 2 * k] = (uint32_t)child;
    }
    PyMem_Free(children);
    return at;
}

PyDoc_STRVAR(trie_compile_doc,
"trie_compile(phrases, case, spaces) -> trie\n\n"
"The trie of the phrases (a sequence of str) for trie_starts. `case`: 0 as written, 1 as\n"
"written at the first character and in any case after it, 2 in any case. `spaces`: 0 a space\n"
"matches one or more of [ \\t\\xa0], 1 exactly one, 2 nothing or an optional full stop then\n"
"one or more of [ \\t\\xa0-], 3 re's \\s+.");

static PyObject *trie_compile(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *phrases;
    int case_mode, spaces;
    if (!PyArg_ParseTuple(args, "Oii", &phrases, &case_mode, &spaces))
        return NULL;
    if (case_mode < 0 || case_mode > 2 || spaces < 0 || spaces > 3) {
        PyErr_SetString(PyExc_ValueError, "case is 0 to 2, spaces 0 to 3");
        return NULL;
    }
    PyObject *listed = PySequence_Fast(phrases, "phrases: a sequence of str");
    if (!listed)
        return NULL;
    Py_ssize_t capacity = 1024, count = 1;
    Building *built = PyMem_Calloc(capacity, sizeof(Building));
    if (!built) {
        Py_DECREF(listed);
        return PyErr_NoMemory();
    }
    for (Py_ssize_t i = 0; i < PySequence_Fast_GET_SIZE(listed); i++) {
        PyObject *phrase = PySequence_Fast_GET_ITEM(listed, i);
        if (!PyUnicode_Check(phrase)) {
            PyMem_Free(built);
            Py_DECREF(listed);
            PyErr_SetString(PyExc_TypeError, "phrases: a sequence of str");
            return NULL;
        }
        int kind = PyUnicode_KIND(phrase);
        const void *data = PyUnicode_DATA(phrase);
        uint32_t node = 0;
        for (Py_ssize_t j = 0; j < PyUnicode_GET_LENGTH(phrase); j++) {
            Py_UCS4 ch = PyUnicode_READ(kind, data, j);
            uint32_t c = built[node].first;
            while (c && built[c].ch != ch)
                c = built[c].next;
            if (!c) {
                if (count == capacity || count >= (Py_ssize_t)UINT32_MAX / 4) {
                    Building *more = count < (Py_ssize_t)UINT32_MAX / 4
                        ? PyMem_Realloc(built, 2 * capacity * sizeof(Building)) : NULL;
                    if (!more) {
                        PyMem_Free(built);
                        Py_DECREF(listed);
                        return PyErr_NoMemory();
                    }
                    built = more;
                    capacity *= 2;
                }
                c = (uint32_t)count++;
                built[c] = (Building){0, built[node].first, ch, 0};
                built[node].first = c;
            }
            node = c;
        }
        built[node].end = 1;
    }
    Py_DECREF(listed);
    /* each node: 2 slots, and 2 in its parent's list */
    Py_ssize_t size = 0;
    uint32_t *nodes = PyMem_Malloc(4 * count * sizeof(uint32_t));
    Trie *trie = PyMem_Calloc(1, sizeof(Trie));
    if (!nodes || !trie || emit(built, 0, nodes, &size) < 0) {
        PyMem_Free(built);
        PyMem_Free(nodes);
        PyMem_Free(trie);
        return PyErr_NoMemory();
    }
    PyMem_Free(built);
    trie->nodes = nodes;
    trie->size = size;
    trie->case_mode = case_mode;
    trie->spaces = spaces;
    int folded = case_mode == CASE_ANY;
    for (uint32_t k = 0; k < nodes[1]; k++) {
        Py_UCS4 c = nodes[2 + 2 * k];
        for (Py_UCS4 t = 0; t < 256; t++)
            if (c == ' ' || same(t, c, folded))
                trie->first_ok[t] = 1;
    }
    for (Py_UCS4 t = 'a'; t <= 'z'; t++)
        trie->pair_first |= trie->first_ok[t];
    /* the pairs and the triples, by walking the trie over each as a text that may go on */
    Py_UCS4 chars[3];
    Scan pair_probe = {PyUnicode_4BYTE_KIND, chars, 2, trie, 1};
    Scan triple_probe = {PyUnicode_4BYTE_KIND, chars, 3, trie, 1};
    Py_ssize_t rows = 0, room = 0;
    for (Py_UCS4 t = 0; t < 256; t++) {
        if (!trie->first_ok[t])
            continue;
        chars[0] = t;
        for (Py_UCS4 u = 0; u < 256; u++) {
            chars[1] = u;
            /* case-blind, a letter outside ASCII may be anything: no need to walk */
            if (case_mode != CASE_EXACT && (t >= 128 || u >= 128)) {
                trie->pair[t][u] = PAIR_ANY;
                continue;
            }
            if (!reaches_end(&pair_probe, 0, 0, 1))
                continue; /* PAIR_NO */
            if (t >= 128 || u >= 128) {
                trie->pair[t][u] = PAIR_ANY;
                continue;
            }
            if (rows + 1 >= room) { /* row 0 is never used: 0 is PAIR_NO */
                room = room ? 2 * room : 256;
                uint32_t (*more)[8] = PyMem_Realloc(trie->third, room * sizeof(*more));
                if (!more) {
                    trie_free_parts(trie);
                    return PyErr_NoMemory();
                }
                trie->third = more;
            }
            Py_ssize_t row = ++rows;
            memset(trie->third[row], 0, sizeof(trie->third[row]));
            for (Py_UCS4 v = 0; v < 256; v++) {
                chars[2] = v;
                if (reaches_end(&triple_probe, 0, 0, 1))
                    trie->third[row][v >> 5] |= (uint32_t)1 << (v & 31);
            }
            trie->pair[t][u] = (uint16_t)row;
        }
    }
    return PyCapsule_New(trie, "kabar.trie", trie_free);
}

PyDoc_STRVAR(trie_starts_doc,
"trie_starts(trie, text, pos) -> list of int\n\n"
"Every place from `pos` on where a phrase of the trie may be written, in order: every place\n"
"where the trie's pattern matches, and maybe a few where it does not.");

static PyObject *trie_starts(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *capsule, *text;
    Py_ssize_t pos;
    if (!PyArg_ParseTuple(args, "OUn", &capsule, &text, &pos))
        return NULL;
    const Trie *trie = PyCapsule_GetPointer(capsule, "kabar.trie");
    if (!trie)
        return NULL;
    Scan scan = {PyUnicode_KIND(text), PyUnicode_DATA(text), PyUnicode_GET_LENGTH(text), trie, 0};
    PyObject *found = PyList_New(0);
    if (!found)
        return NULL;
    if (pos < 0)
        pos = 0;
    const Py_UCS1 *bytes = scan.kind == PyUnicode_1BYTE_KIND ? scan.data : NULL;
    for (Py_ssize_t at = pos; at < scan.length; at++) {
        if (bytes) { /* most texts: one byte a character, the tables ask first */
            if (!trie->pair_first && !trie->first_ok[bytes[at]])
                continue;
            if (at + 1 < scan.length) {
                /* the pair's entry says for the first character too */
                uint16_t row = trie->pair[bytes[at]][bytes[at + 1]];
                if (row == PAIR_NO)
                    continue;
                if (row != PAIR_ANY && at + 2 < scan.length
                    && !(trie->third[row][bytes[at + 2] >> 5] >> (bytes[at + 2] & 31) & 1))
                    continue;
            } else if (!trie->first_ok[bytes[at]]) {
                continue;
            }
        } else {
            Py_UCS4 t = PyUnicode_READ(scan.kind, scan.data, at);
            if (t < 256) {
                if (!trie->first_ok[t])
                    continue;
                if (at + 1 < scan.length) {
                    Py_UCS4 u = PyUnicode_READ(scan.kind, scan.data, at + 1);
                    uint16_t row = u < 256 ? trie->pair[t][u] : PAIR_ANY;
                    if (row == PAIR_NO)
                        continue;
                    if (row != PAIR_ANY && at + 2 < scan.length) {
                        Py_UCS4 w = PyUnicode_READ(scan.kind, scan.data, at + 2);
                        if (w < 256 && !(trie->third[row][w >> 5] >> (w & 31) & 1))
                            continue;
                    }
                }
            }
        }
        if (reaches_end(&scan, 0, at, 1)) {
            PyObject *place = PyLong_FromSsize_t(at);
            if (!place || PyList_Append(found, place) < 0) {
                Py_XDECREF(place);
                Py_DECREF(found);
                return NULL;
            }
            Py_DECREF(place);
        }
    }
    return found;
}

static PyMethodDef methods[] = {
    {"trie_compile", trie_compile, METH_VARARGS, trie_compile_doc},
    {"trie_starts", trie_starts, METH_VARARGS, trie_starts_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_trie_scan",
    "Where the phrases of a trie can match in a text (index/extract/trie_scan.py).", -1, methods,
};

PyMODINIT_FUNC PyInit__trie_scan(void) { return PyModule_Create(&module); }
