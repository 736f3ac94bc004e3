/* The statements' scan of a whole body for cue words, compiled.
 *
 *   word_starts where a word of a set stands: every place the pattern
 *               \b(?:word|word|...)\b(?!-) could match (index/extract/statements/cues.py's
 *               `words`), for reported.py to match the pattern at (in Python the pattern was
 *               tried at every character of every body, a tenth of the statements' time); and
 *               where a pronoun stands, \b(?:ia|dia|...)\b (statements/people.py).
 *               tests/test_cue_scan.py compares them with the patterns' own finditer.
 *   char_places where any of some characters stands: the quote marks (statements/quotes.py).
 *   sentence_ends where the sentences of a body end (statements/sentences.py's
 *               sentence_starts: the ends of _END's matches that _ends_sentence keeps), which
 *               every statement asks; tests/test_cue_scan.py compares them with the Python.
 *   subject_spans where statements/people.py's _SUBJECT matches at each of some places (a
 *               sentence's start, a comma's end): the pattern was tried at some 40 places an
 *               article in Python for six matches; tests/test_cue_scan.py compares them.
 *   sentence_end where the sentence holding a place ends (statements/sentences.py's
 *               sentence_end: asked at every reported statement); tests/test_cue_scan.py
 *               compares it with the pattern it replaces.
 *   capitalised_places where a given capitalised word is written as a word of its own
 *               (statements/capitals.py: each person's name words, for the timeline of who
 *               is named where); tests/test_statement_patterns.py compares them with the
 *               capitalised words' pattern.
 *   holds_any   whether any of some strings stands in a text (statements/people.py: the hints
 *               of a nickname's declaring words, asked of every body): memmem in a text of one
 *               byte a character, several times faster than `in`; tests/test_cue_scan.py.
 */
#include "../../analysis/words.h" /* is_word: re's \w */

PyDoc_STRVAR(word_starts_doc,
"word_starts(text, words, shortest, longest, hyphens[, stop]) -> list of int\n\n"
"Where a run of word characters (re's \\w) starts, in order, when the run is one of `words` (a\n"
"set of str); with `hyphens`, the run with the runs a hyphen joins to it (\\w+(?:-\\w+)*), not\n"
"followed by a hyphen. `shortest`, `longest`: the lengths of the shortest and the longest of\n"
"the words; a run of another length is not looked up. `stop`, when given: only the runs that\n"
"start before it (those that start from there on are not read).");

/* A filter of a frozenset's words: a run whose bits are clear is none of the words and is not
 * looked up (nearly every run of a body, which would each be copied to a str and hashed). A
 * bit by the run's length and its first and last characters, asked first, lets through four
 * runs that are no word for each that is (Indonesian words share their affixes); a bit by a hash
 * of all its characters, asked then, one in fifty. Kept for the last few frozensets asked about,
 * each held so that its address stays its own; a set that may change gets no filter. */
#define ENDS_BITS 4096
#define FILTER_BITS 16384
#define FILTERS 4

typedef struct {
    PyObject *words;
    unsigned char ends[ENDS_BITS / 8];   /* by the length and the first and last characters */
    unsigned char bits[FILTER_BITS / 8]; /* by a hash of every character */
} Filter;

static Filter filters[FILTERS];
static int next_filter; /* the slot the next new filter takes */

static unsigned ends_bit(Py_ssize_t size, Py_UCS4 first, Py_UCS4 last)
{
    return ((unsigned)size * 2654435761u ^ (unsigned)first * 40503u ^ (unsigned)last * 69069u)
           % ENDS_BITS;
}

static int ends_have(const Filter *filter, Py_ssize_t size, Py_UCS4 first, Py_UCS4 last)
{
    unsigned bit = ends_bit(size, first, last);
    return filter->ends[bit / 8] & (1u << (bit % 8));
}

/* FNV-1a over the characters' code points, one step a character */
#define FILTER_START 2166136261u
#define FILTER_STEP(hash, ch) (((hash) ^ (unsigned)(ch)) * 16777619u)
/* the bit of a hash: its high half folded into its low (a product's low bits see only the
 * characters' low bits) */
#define FILTER_SLOT(hash) (((hash) ^ ((hash) >> 16)) % FILTER_BITS)

static int filter_has(const Filter *filter, unsigned hash)
{
    hash = FILTER_SLOT(hash);
    return filter->bits[hash / 8] & (1u << (hash % 8));
}

/* The filter of `words`, made at its first use; NULL with no error for a set that may change,
 * NULL with an error set when reading the set fails. */
static const Filter *filter_of(PyObject *words)
{
    if (!PyFrozenSet_CheckExact(words))
        return NULL;
    for (int i = 0; i < FILTERS; i++)
        if (filters[i].words == words)
            return &filters[i];
    Filter *filter = &filters[next_filter];
    next_filter = (next_filter + 1) % FILTERS;
    Py_CLEAR(filter->words);
    memset(filter->ends, 0, sizeof filter->ends);
    memset(filter->bits, 0, sizeof filter->bits);
    PyObject *iterator = PyObject_GetIter(words);
    if (iterator == NULL)
        return NULL;
    PyObject *word;
    while ((word = PyIter_Next(iterator)) != NULL) {
        if (PyUnicode_Check(word) && PyUnicode_GET_LENGTH(word) > 0) {
            Py_ssize_t size = PyUnicode_GET_LENGTH(word);
            unsigned bit = ends_bit(size, PyUnicode_READ_CHAR(word, 0),
                                    PyUnicode_READ_CHAR(word, size - 1));
            filter->ends[bit / 8] |= (unsigned char)(1u << (bit % 8));
            unsigned hash = FILTER_START;
            for (Py_ssize_t i = 0; i < size; i++)
                hash = FILTER_STEP(hash, PyUnicode_READ_CHAR(word, i));
            hash = FILTER_SLOT(hash);
            filter->bits[hash / 8] |= (unsigned char)(1u << (hash % 8));
        }
        Py_DECREF(word);
    }
    Py_DECREF(iterator);
    if (PyErr_Occurred())
        return NULL;
    Py_INCREF(words);
    filter->words = words;
    return filter;
}

/* found.append(place); -1 with an exception set when it fails */
static int append_place(PyObject *found, Py_ssize_t place)
{
    PyObject *value = PyLong_FromSsize_t(place);
    if (value == NULL)
        return -1;
    int failed = PyList_Append(found, value);
    Py_DECREF(value);
    return failed;
}

/* Whether each character below 256 is a word character (re's \w): a lookup instead of is_word's
 * comparisons, for the text's every character. Filled at the module's import. */
static unsigned char latin_word[256];

/* One scan of word_starts over text of one storage kind: the runs' bounds read with a plain
 * pointer of that width (PyUnicode_READ asks the kind at every character), the characters
 * below 256 looked up in latin_word. Returns 0, or -1 with an exception set. */
#define WORD_STARTS_SCAN(NAME, TYPE)                                                          \
static unsigned NAME##_hash(const TYPE *chars, Py_ssize_t at, Py_ssize_t end)                \
{                                                                                            \
    unsigned hash = FILTER_START;                                                            \
    for (Py_ssize_t i = at; i < end; i++)                                                    \
        hash = FILTER_STEP(hash, chars[i]);                                                  \
    return hash;                                                                             \
}                                                                                            \
                                                                                             \
static int NAME(PyObject *text, const TYPE *chars, Py_ssize_t length, Py_ssize_t stop,       \
                PyObject *words, const Filter *filter, Py_ssize_t shortest,                  \
                Py_ssize_t longest, int hyphens, PyObject *found)                            \
{                                                                                            \
    Py_ssize_t at = 0;                                                                       \
    while (at < stop) {                                                                      \
        Py_UCS4 ch = chars[at];                                                              \
        if (ch < 256 ? !latin_word[ch] : !Py_UNICODE_ISALNUM(ch)) {                          \
            at++;                                                                            \
            continue;                                                                        \
        }                                                                                    \
        Py_ssize_t run_end = at + 1;                                                         \
        while (run_end < length && (chars[run_end] < 256 ? latin_word[chars[run_end]]        \
                                    : Py_UNICODE_ISALNUM(chars[run_end])))                   \
            run_end++;                                                                       \
        Py_ssize_t end = run_end;                                                            \
        while (hyphens && end + 1 < length && chars[end] == '-' && is_word(chars[end + 1])) { \
            end += 2;                                                                        \
            while (end < length && is_word(chars[end]))                                      \
                end++;                                                                       \
        }                                                                                    \
        if (end - at >= shortest && end - at <= longest                                      \
            && (!hyphens || end == length || chars[end] != '-')                              \
            && (filter == NULL || (ends_have(filter, end - at, chars[at], chars[end - 1])    \
                                   && filter_has(filter, NAME##_hash(chars, at, end))))) {    \
            PyObject *word = PyUnicode_Substring(text, at, end);                             \
            if (word == NULL)                                                                \
                return -1;                                                                   \
            int known = PySet_Contains(words, word);                                         \
            Py_DECREF(word);                                                                 \
            if (known < 0 || (known && append_place(found, at) < 0))                         \
                return -1;                                                                   \
        }                                                                                    \
        at = run_end; /* the next run may start after a hyphen inside this one's words */    \
    }                                                                                        \
    return 0;                                                                                \
}

WORD_STARTS_SCAN(word_starts_ucs1, Py_UCS1)
WORD_STARTS_SCAN(word_starts_ucs2, Py_UCS2)
WORD_STARTS_SCAN(word_starts_ucs4, Py_UCS4)

static PyObject *word_starts(PyObject *self, PyObject *args)
{
    PyObject *text, *words;
    Py_ssize_t shortest, longest, stop = PY_SSIZE_T_MAX;
    int hyphens;
    if (!PyArg_ParseTuple(args, "UOnnp|n", &text, &words, &shortest, &longest, &hyphens, &stop))
        return NULL;
    if (!PyAnySet_Check(words)) {
        PyErr_SetString(PyExc_TypeError, "words must be a set or a frozenset");
        return NULL;
    }
    const Filter *filter = filter_of(words);
    if (filter == NULL && PyErr_Occurred())
        return NULL;
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    if (stop > length)
        stop = length;
    PyObject *found = PyList_New(0);
    if (found == NULL)
        return NULL;
    int failed;
    switch (PyUnicode_KIND(text)) {
    case PyUnicode_1BYTE_KIND:
        failed = word_starts_ucs1(text, data, length, stop, words, filter, shortest, longest,
                                  hyphens, found);
        break;
    case PyUnicode_2BYTE_KIND:
        failed = word_starts_ucs2(text, data, length, stop, words, filter, shortest, longest,
                                  hyphens, found);
        break;
    default:
        failed = word_starts_ucs4(text, data, length, stop, words, filter, shortest, longest,
                                  hyphens, found);
    }
    if (failed < 0) {
        Py_DECREF(found);
        return NULL;
    }
    return found;
}

PyDoc_STRVAR(char_places_doc,
"char_places(text, chars) -> list of int\n\n"
"Where any of the characters of `chars` (a str) stands in the text, in order.");

/* char_places' loop for text of one storage kind, read with a plain pointer of its width: 0, or
 * -1 with an exception set */
#define CHAR_PLACES_SCAN(NAME, TYPE)                                                          \
static int NAME(const TYPE *text, Py_ssize_t length, PyObject *chars,                        \
                const unsigned char *latin, Py_UCS4 lowest, PyObject *found)                 \
{                                                                                            \
    Py_ssize_t count = PyUnicode_GET_LENGTH(chars);                                          \
    for (Py_ssize_t at = 0; at < length; at++) {                                             \
        Py_UCS4 ch = text[at];                                                               \
        if (ch < 256 ? !latin[ch]                                                            \
                     : ch < lowest || PyUnicode_FindChar(chars, ch, 0, count, 1) < 0)        \
            continue;                                                                        \
        if (append_place(found, at) < 0)                                                     \
            return -1;                                                                       \
    }                                                                                        \
    return 0;                                                                                \
}

CHAR_PLACES_SCAN(char_places_ucs1, Py_UCS1)
CHAR_PLACES_SCAN(char_places_ucs2, Py_UCS2)
CHAR_PLACES_SCAN(char_places_ucs4, Py_UCS4)

static PyObject *char_places(PyObject *self, PyObject *args)
{
    PyObject *text, *chars;
    if (!PyArg_ParseTuple(args, "UU", &text, &chars))
        return NULL;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    Py_UCS4 lowest = PyUnicode_MAX_CHAR_VALUE(chars); /* what is below it is none of them */
    Py_ssize_t count = PyUnicode_GET_LENGTH(chars);
    for (Py_ssize_t i = 0; i < count; i++)
        if (PyUnicode_READ_CHAR(chars, i) < lowest)
            lowest = PyUnicode_READ_CHAR(chars, i);
    unsigned char latin[256] = {0}; /* which characters below 256 are among them */
    for (Py_ssize_t i = 0; i < count; i++)
        if (PyUnicode_READ_CHAR(chars, i) < 256)
            latin[PyUnicode_READ_CHAR(chars, i)] = 1;
    PyObject *found = PyList_New(0);
    if (found == NULL)
        return NULL;
    int failed;
    switch (kind) {
    case PyUnicode_1BYTE_KIND:
        failed = char_places_ucs1(data, length, chars, latin, lowest, found);
        break;
    case PyUnicode_2BYTE_KIND:
        failed = char_places_ucs2(data, length, chars, latin, lowest, found);
        break;
    default:
        failed = char_places_ucs4(data, length, chars, latin, lowest, found);
    }
    if (failed < 0) {
        Py_DECREF(found);
        return NULL;
    }
    return found;
}

/* [ \t\u00a0\n]: what may follow a sentence's closing mark */
static int is_gap(Py_UCS4 ch) { return ch == ' ' || ch == '\t' || ch == 0xA0 || ch == '\n'; }

static int is_end_mark(Py_UCS4 ch) { return ch == '.' || ch == '!' || ch == '?' || ch == 0x2026; }

static int is_ascii_letter(Py_UCS4 ch) { return ch < 128 && (ch | 32) - 'a' < 26u; }

/* _ends_sentence for a full stop at `at`: not after an initial or a short title, which is one
 * to three ASCII letters after a space or "(" (or at the text's start) in one of
 * `abbreviations` (lower case), or a single letter. */
static int stop_ends_sentence(PyObject *text, int kind, const void *data, Py_ssize_t at,
                              PyObject *abbreviations)
{
    if (at >= 4) {
        int alpha = 1;
        for (Py_ssize_t i = at - 4; i < at && alpha; i++)
            alpha = Py_UNICODE_ISALPHA(PyUnicode_READ(kind, data, i));
        if (alpha)
            return 1; /* a word of four letters or more: no initial, no short title */
    }
    /* _SHORT_WORD, (?:^|[\s(])([A-Za-z]{1,3})$, searched in text[max(0, at - 5):at]: the
     * letters that end there (or before a line break that ends there, where $ matches too),
     * after a space or "(" inside that window, or from the text's start */
    Py_ssize_t floor = at >= 5 ? at - 5 : 0, end = at;
    if (end > floor && PyUnicode_READ(kind, data, end - 1) == '\n')
        end--;
    Py_ssize_t start = end;
    while (start > floor && is_ascii_letter(PyUnicode_READ(kind, data, start - 1)))
        start--;
    Py_ssize_t size = end - start;
    if (size < 1 || size > 3)
        return 1;
    if (start > 0) {
        Py_UCS4 before = PyUnicode_READ(kind, data, start - 1);
        if (start - 1 < floor || !(Py_UNICODE_ISSPACE(before) || before == '('))
            return 1;
    }
    if (size == 1)
        return 0;
    PyObject *word = PyUnicode_Substring(text, start, end);
    if (word == NULL)
        return -1;
    PyObject *lower = PyObject_CallMethod(word, "lower", NULL);
    Py_DECREF(word);
    if (lower == NULL)
        return -1;
    int known = PySet_Contains(abbreviations, lower);
    Py_DECREF(lower);
    return known < 0 ? -1 : !known;
}

/* Where sentences.py's _END matches from `at` ends, the text read as ending at `length` (a
 * pattern's endpos), or -1 when it does not match there: a line break; or one of . ! ? \u2026,
 * any more of them and one closing quote mark before a gap or the end. */
static Py_ssize_t end_match(int kind, const void *data, Py_ssize_t at, Py_ssize_t length)
{
    Py_UCS4 ch = PyUnicode_READ(kind, data, at);
    if (ch == '\n')
        return at + 1;
    if (!is_end_mark(ch))
        return -1;
    Py_ssize_t end = at + 1;
    while (end < length && is_end_mark(PyUnicode_READ(kind, data, end)))
        end++;
    if (end < length) {
        Py_UCS4 next = PyUnicode_READ(kind, data, end);
        if (next == '"' || next == 0x201D || next == 0x2019)
            end++;
    }
    return end < length && !is_gap(PyUnicode_READ(kind, data, end)) ? -1 : end;
}

/* Whether each character below 256 is a line break or one of . ! ? (where _END may match):
 * filled at the module's import */
static unsigned char latin_mark[256];

/* The first place from `at` of a line break or one of . ! ? \u2026, else `length`: a loop of
 * each storage kind, reading the characters with a plain pointer of its width */
#define NEXT_MARK(NAME, TYPE)                                                                 \
static Py_ssize_t NAME(const TYPE *chars, Py_ssize_t at, Py_ssize_t length)                  \
{                                                                                            \
    while (at < length && !(chars[at] < 256 ? latin_mark[chars[at]] : chars[at] == 0x2026))  \
        at++;                                                                                \
    return at;                                                                               \
}

NEXT_MARK(next_mark_ucs1, Py_UCS1)
NEXT_MARK(next_mark_ucs2, Py_UCS2)
NEXT_MARK(next_mark_ucs4, Py_UCS4)

static Py_ssize_t next_mark(int kind, const void *data, Py_ssize_t at, Py_ssize_t length)
{
    switch (kind) {
    case PyUnicode_1BYTE_KIND:
        return next_mark_ucs1(data, at, length);
    case PyUnicode_2BYTE_KIND:
        return next_mark_ucs2(data, at, length);
    default:
        return next_mark_ucs4(data, at, length);
    }
}

PyDoc_STRVAR(sentence_ends_doc,
"sentence_ends(text, abbreviations) -> list of int\n\n"
"Where each sentence of the text ends, in order: after a line break, or after one of . ! ? \u2026\n"
"(and any more of them, and one closing quote mark) before a space, a tab, a no-break space, a\n"
"line break or the text's end; a full stop not after a word of four letters or more only when\n"
"it ends no initial (one ASCII letter) and no short title in `abbreviations` (a set of lower-\n"
"case str of one to three ASCII letters) written after a space, \"(\" or at the text's start.");

static PyObject *sentence_ends(PyObject *self, PyObject *args)
{
    PyObject *text, *abbreviations;
    if (!PyArg_ParseTuple(args, "UO", &text, &abbreviations))
        return NULL;
    if (!PyAnySet_Check(abbreviations)) {
        PyErr_SetString(PyExc_TypeError, "abbreviations must be a set or a frozenset");
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
        at = next_mark(kind, data, at, length); /* end_match fails at every other character */
        if (at == length)
            break;
        Py_ssize_t end = end_match(kind, data, at, length);
        if (end < 0) {
            at++; /* no match here; the pattern is tried at the next character */
            continue;
        }
        int ends = PyUnicode_READ(kind, data, at) != '.'
                   ? 1 : stop_ends_sentence(text, kind, data, at, abbreviations);
        if (ends < 0)
            goto error;
        if (ends && append_place(found, end) < 0)
            goto error;
        at = end;
    }
    return found;
error:
    Py_DECREF(found);
    return NULL;
}

PyDoc_STRVAR(sentence_end_doc,
"sentence_end(text, at, stop, abbreviations) -> int\n\n"
"Where the sentence holding `at` ends, the text read up to `stop` only: at the first line break\n"
"from `at` (its place), or after the first closing mark from `at` that sentence_ends keeps (its\n"
"end), else `stop` (statements/sentences.py's sentence_end, _END's matches from `at`).");

static PyObject *sentence_end(PyObject *self, PyObject *args)
{
    PyObject *text, *abbreviations;
    Py_ssize_t at, stop;
    if (!PyArg_ParseTuple(args, "UnnO", &text, &at, &stop, &abbreviations))
        return NULL;
    if (!PyAnySet_Check(abbreviations)) {
        PyErr_SetString(PyExc_TypeError, "abbreviations must be a set or a frozenset");
        return NULL;
    }
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    if (stop > PyUnicode_GET_LENGTH(text))
        stop = PyUnicode_GET_LENGTH(text);
    if (at < 0)
        at = 0;
    while (at < stop) {
        Py_ssize_t end = end_match(kind, data, at, stop);
        if (end < 0) {
            at++;
            continue;
        }
        Py_UCS4 ch = PyUnicode_READ(kind, data, at);
        if (ch == '\n')
            return PyLong_FromSsize_t(at);
        int ends = ch != '.' ? 1 : stop_ends_sentence(text, kind, data, at, abbreviations);
        if (ends < 0)
            return NULL;
        if (ends)
            return PyLong_FromSsize_t(end);
        at = end; /* the next match is looked for after this one */
    }
    return PyLong_FromSsize_t(stop);
}

static int is_blank(Py_UCS4 ch) { return ch == ' ' || ch == '\t' || ch == 0xA0; }

/* _SUBJECT's match at `start`:
 *   [ \t\u00a0\n]*(?P<name>(?:[A-Z(][^\s]*[ \t\u00a0]+){2,12}?)(?=[a-z])
 * Each repetition has one way to match (the run of non-spaces is taken whole, then the blanks
 * whole: giving any back leaves a character that neither a repetition nor the lookahead can
 * start with), so the lazy count stops at the first count of two or more followed by [a-z].
 * The name's span in *name_start, *name_end; 0 when the pattern does not match there. */
static int subject_at(int kind, const void *data, Py_ssize_t length, Py_ssize_t start,
                      Py_ssize_t *name_start, Py_ssize_t *name_end)
{
    Py_ssize_t at = start;
    while (at < length && (is_blank(PyUnicode_READ(kind, data, at))
                           || PyUnicode_READ(kind, data, at) == '\n'))
        at++;
    *name_start = at;
    for (int count = 1; count <= 12; count++) {
        if (at >= length)
            return 0;
        Py_UCS4 first = PyUnicode_READ(kind, data, at);
        if (!((first >= 'A' && first <= 'Z') || first == '('))
            return 0;
        at++;
        while (at < length && !Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, at)))
            at++;
        if (at >= length || !is_blank(PyUnicode_READ(kind, data, at)))
            return 0;
        while (at < length && is_blank(PyUnicode_READ(kind, data, at)))
            at++;
        if (count >= 2 && at < length) {
            Py_UCS4 next = PyUnicode_READ(kind, data, at);
            if (next >= 'a' && next <= 'z') {
                *name_end = at;
                return 1;
            }
        }
    }
    return 0;
}

PyDoc_STRVAR(subject_spans_doc,
"subject_spans(text, starts) -> list of (int, int, int)\n\n"
"(start, name's start, name's end) for each of `starts` (a list of int, places in the text) where\n"
"the pattern [ \\t\\u00a0\\n]*(?P<name>(?:[A-Z(][^\\s]*[ \\t\\u00a0]+){2,12}?)(?=[a-z]) matches, in\n"
"the order of `starts`.");

static PyObject *subject_spans(PyObject *self, PyObject *args)
{
    PyObject *text, *starts;
    if (!PyArg_ParseTuple(args, "UO!", &text, &PyList_Type, &starts))
        return NULL;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    PyObject *found = PyList_New(0);
    if (found == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(starts); i++) {
        Py_ssize_t start = PyLong_AsSsize_t(PyList_GET_ITEM(starts, i));
        if (start == -1 && PyErr_Occurred())
            goto error;
        Py_ssize_t name_start, name_end; /* a place outside the text is taken as re takes it */
        if (!subject_at(kind, data, length, start < 0 ? 0 : start > length ? length : start,
                        &name_start, &name_end))
            continue;
        PyObject *span = Py_BuildValue("(nnn)", start, name_start, name_end);
        if (span == NULL)
            goto error;
        int failed = PyList_Append(found, span);
        Py_DECREF(span);
        if (failed)
            goto error;
    }
    return found;
error:
    Py_DECREF(found);
    return NULL;
}

PyDoc_STRVAR(capitalised_places_doc,
"capitalised_places(text, word) -> list of int\n\n"
"Where `word` (not empty) is written as a capitalised word of its own, in order:\n"
"statements/capitals.py's capitalised_places for a word CAPITALISED matches whole. Not\n"
"followed by a word character, an apostrophe or a hyphen; not after a word character or a\n"
"hyphen; after an apostrophe only when no capital opened a word earlier in the run of word\n"
"characters and apostrophes before it (\"O'Brien\" is one word). Overlapping places count.");

static int is_apostrophe(Py_UCS4 ch) { return ch == '\'' || ch == 0x2019; }

/* \w, an apostrophe or a hyphen: capitals.py's _in_word */
static int in_word(Py_UCS4 ch) { return is_word(ch) || is_apostrophe(ch) || ch == '-'; }

/* capitals.py's _opens_word: whether the capital at `at` opens a capitalised word */
static int opens_word(int kind, const void *data, Py_ssize_t at)
{
    if (at == 0)
        return 1;
    Py_UCS4 before = PyUnicode_READ(kind, data, at - 1);
    if (is_word(before) || before == '-')
        return 0;
    if (!is_apostrophe(before))
        return 1;
    Py_ssize_t start = at - 1;
    while (start > 0 && in_word(PyUnicode_READ(kind, data, start - 1)))
        start--;
    for (Py_ssize_t s = start; s < at; s++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, s);
        if (ch >= 'A' && ch <= 'Z'
            && (s == start || is_apostrophe(PyUnicode_READ(kind, data, s - 1))))
            return 0;
    }
    return 1;
}

/* text.find(word, at) (not empty): in a text of one byte a character, memchr for the word's
 * first character then memcmp, several times faster than str.find for a word that opens with
 * a capital (few in a text); else PyUnicode_Find. -2 with an exception set when it fails. */
static Py_ssize_t next_place(PyObject *text, PyObject *word, Py_ssize_t at)
{
    Py_ssize_t length = PyUnicode_GET_LENGTH(text), size = PyUnicode_GET_LENGTH(word);
    if (PyUnicode_KIND(text) != PyUnicode_1BYTE_KIND
        || PyUnicode_KIND(word) != PyUnicode_1BYTE_KIND)
        return PyUnicode_Find(text, word, at, length, 1);
    const Py_UCS1 *data = PyUnicode_1BYTE_DATA(text), *wanted = PyUnicode_1BYTE_DATA(word);
    while (at <= length - size) {
        const Py_UCS1 *hit = memchr(data + at, wanted[0], (size_t)(length - size + 1 - at));
        if (hit == NULL)
            return -1;
        at = hit - data;
        if (memcmp(hit + 1, wanted + 1, (size_t)(size - 1)) == 0)
            return at;
        at++;
    }
    return -1;
}

static PyObject *capitalised_places(PyObject *self, PyObject *args)
{
    PyObject *text, *word;
    if (!PyArg_ParseTuple(args, "UU", &text, &word))
        return NULL;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    Py_ssize_t size = PyUnicode_GET_LENGTH(word);
    PyObject *found = PyList_New(0);
    if (found == NULL || size == 0)
        return found;
    Py_ssize_t at = next_place(text, word, 0);
    while (at >= 0) {
        Py_ssize_t end = at + size;
        if ((end == length || !in_word(PyUnicode_READ(kind, data, end)))
            && opens_word(kind, data, at) && append_place(found, at) < 0)
            goto error;
        at = next_place(text, word, at + 1);
    }
    if (at == -2)
        goto error;
    return found;
error:
    Py_DECREF(found);
    return NULL;
}

PyDoc_STRVAR(holds_any_doc,
"holds_any(text, needles) -> bool\n\n"
"Whether any of `needles` (a tuple of str) stands in the text: any(n in text for n in\n"
"needles).");

static PyObject *holds_any(PyObject *self, PyObject *args)
{
    PyObject *text, *needles;
    if (!PyArg_ParseTuple(args, "UO!", &text, &PyTuple_Type, &needles))
        return NULL;
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(needles); i++) {
        PyObject *needle = PyTuple_GET_ITEM(needles, i);
        if (!PyUnicode_Check(needle)) {
            PyErr_SetString(PyExc_TypeError, "needles must be str");
            return NULL;
        }
        Py_ssize_t at;
        if (PyUnicode_KIND(text) == PyUnicode_1BYTE_KIND
            && PyUnicode_KIND(needle) == PyUnicode_1BYTE_KIND) {
            at = memmem(PyUnicode_1BYTE_DATA(text), (size_t)length, PyUnicode_1BYTE_DATA(needle),
                        (size_t)PyUnicode_GET_LENGTH(needle)) != NULL ? 0 : -1;
        } else {
            at = PyUnicode_Find(text, needle, 0, length, 1);
            if (at == -2)
                return NULL;
        }
        if (at >= 0)
            Py_RETURN_TRUE;
    }
    Py_RETURN_FALSE;
}

static PyMethodDef methods[] = {
    {"word_starts", word_starts, METH_VARARGS, word_starts_doc},
    {"char_places", char_places, METH_VARARGS, char_places_doc},
    {"sentence_ends", sentence_ends, METH_VARARGS, sentence_ends_doc},
    {"subject_spans", subject_spans, METH_VARARGS, subject_spans_doc},
    {"sentence_end", sentence_end, METH_VARARGS, sentence_end_doc},
    {"capitalised_places", capitalised_places, METH_VARARGS, capitalised_places_doc},
    {"holds_any", holds_any, METH_VARARGS, holds_any_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "index.extract.statements._scan",
    "Compiled scans of a body for the statements: cue words, pronouns, quote marks, sentences,\n"
    "subjects, a capitalised word's places, whether some strings stand in a text.", -1,
    methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__scan(void)
{
    for (Py_UCS4 ch = 0; ch < 256; ch++) {
        latin_word[ch] = (unsigned char)is_word(ch);
        latin_mark[ch] = (unsigned char)(ch == '\n' || is_end_mark(ch));
    }
    return PyModule_Create(&module);
}
