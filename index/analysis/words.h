/* A text's words as the analyzer reads them (TOKEN_PATTERN, index/analysis/analyzer.py), one
 * after the other without a regex: shared by _words.c (a build's loops) and _tokens.c (a
 * search's), and its is_word by the statements' _scan.c. Static inline: each module that
 * includes it has its own copy, and one that uses a part only is not warned of the rest. */
#ifndef KABAR_WORDS_H
#define KABAR_WORDS_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>

/* re's \w in a str pattern: a letter, a digit or a number, or the underscore. */
static inline int is_word(Py_UCS4 ch)
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

static inline Words words_of(PyObject *text)
{
    Words words = {PyUnicode_KIND(text), PyUnicode_DATA(text), PyUnicode_GET_LENGTH(text), 0};
    return words;
}

#define CHAR(words, i) PyUnicode_READ((words)->kind, (words)->data, (i))

/* re's [^\W\d_]: a word character that is no decimal digit and no underscore. */
static inline int is_word_letter(Py_UCS4 ch)
{
    return is_word(ch) && ch != '_' && !Py_UNICODE_ISDECIMAL(ch);
}

/* Whether the run of word characters at i is an English clitic after an apostrophe ("s" of
 * "Trump's", "t" of "don't"), in any case: TOKEN_PATTERN's (?!(?:s|t|d|m|ll|re|ve)(?!\w)). */
static inline int is_clitic(Words *words, Py_ssize_t i)
{
    static const char *clitics[] = {"s", "t", "d", "m", "ll", "re", "ve"};
    for (size_t c = 0; c < sizeof clitics / sizeof *clitics; c++) {
        Py_ssize_t k = 0, size = (Py_ssize_t)strlen(clitics[c]);
        while (k < size && i + k < words->length
               && Py_UNICODE_TOLOWER(CHAR(words, i + k)) == (Py_UCS4)clitics[c][k])
            k++;
        if (k == size && (i + k == words->length || !is_word(CHAR(words, i + k))))
            return 1;
    }
    return 0;
}

/* The next run of word characters, [*start, *end); 0 when none is left. With `analyzer`, the
 * words of TOKEN_PATTERN (analyzer.py): an apostrophe (' or U+2019) between two letters, unless
 * an English clitic follows, joins the runs on both sides ("Qur'an"), and a run followed by "-"
 * and the same run in any case, and then no word character ("kota-Kota"), is passed over whole.
 * Without it, plain runs (the fingerprint's words). */
static inline int next_word(Words *words, int analyzer, Py_ssize_t *start, Py_ssize_t *end)
{
    Py_ssize_t i = words->pos, length = words->length;
    while (i < length && !is_word(CHAR(words, i)))
        i++;
    if (i == length)
        return 0;
    *start = i;
    while (i < length && is_word(CHAR(words, i)))
        i++;
    while (analyzer && i + 1 < length && (CHAR(words, i) == '\'' || CHAR(words, i) == 0x2019)
           && is_word_letter(CHAR(words, i - 1)) && is_word_letter(CHAR(words, i + 1))
           && !is_clitic(words, i + 1)) {
        i++;
        while (i < length && is_word(CHAR(words, i)))
            i++;
    }
    *end = i;
    Py_ssize_t size = i - *start, after = i + 1 + size;
    if (analyzer && after <= length && CHAR(words, i) == '-'
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

#endif
