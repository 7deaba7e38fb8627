/*
 * bn_datetime._core._scanner: the tokenizer of bn_datetime._lexer, in C.
 *
 * The pure-Python scanner (bn_datetime/_lexer.py) is the reference; this module gives
 * exactly its output: the same kinds, values, starts and ends for every str.
 *
 * It hard-codes only the character classes of _lexer.SPLIT_SOURCE (digits of the two
 * scripts, Bengali letters, Latin letters with inner dots, spaces, one other character).
 * Everything else comes from Python once, through configure(): the WORDS and CLOCK_WORDS
 * dictionaries, the _lookup function (called for the rare pieces that need it: dotted,
 * spaced, Latin, with a visarga, an hour word with its টা), the multi-word lexicon phrases
 * in the order of the regular expression, and the kind characters of numbers, unknown
 * words and line breaks. bn_datetime/_core/__init__.py checks that _lexer.SPLIT_SOURCE is
 * still the expression this file implements and uses the pure scanner when it is not.
 *
 * Memory safety: every read of the text goes through PyUnicode_READ with an index checked
 * against its length; the text may be of any kind (UCS-1, UCS-2, UCS-4) and hold lone
 * surrogates (they are ordinary code points here, as in Python's re).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>

/* A code point that no str holds: separates the pieces of a phrase ("[ \-]+" between). */
#define GAP ((Py_UCS4)0xFFFFFFFFu)

typedef struct {
    Py_UCS4 *chars; /* pieces separated by GAP */
    Py_ssize_t len;
} Phrase;

static PyObject *g_words = NULL;       /* dict: piece -> (kind, value) */
static PyObject *g_clock_words = NULL; /* dict: hour word with its suffix -> ... */
static PyObject *g_lookup = NULL;      /* _lexer._lookup(piece) -> [(kind, value, length)] */
static PyObject *g_tokens = NULL;      /* _lexer.Tokens */
static PyObject *g_number_kinds = NULL; /* tuple of 1-char str: kind of a number of n digits */
static Py_UCS4 g_number_kind[10];
static Py_UCS4 g_long_number_kind;     /* 10 digits or more */
static Py_UCS4 g_unknown_kind;         /* "U" */
static Py_UCS4 g_break_kind;           /* "¶" */
static Phrase *g_phrases = NULL;
static Py_ssize_t g_nphrases = 0;
static unsigned char g_first_bits[32]; /* first characters of phrases, by (c & 255) */

static inline int is_digit(Py_UCS4 c) {
    return (c >= '0' && c <= '9') || (c >= 0x09E6 && c <= 0x09EF);
}

static inline long digit_value(Py_UCS4 c) {
    return c <= '9' ? (long)(c - '0') : (long)(c - 0x09E6);
}

static inline int is_bengali_letter(Py_UCS4 c) {
    return (c >= 0x0980 && c <= 0x09E5) || (c >= 0x09F0 && c <= 0x09FF);
}

static inline int is_latin_letter(Py_UCS4 c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static inline int is_space(Py_UCS4 c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static inline int is_phrase_gap(Py_UCS4 c) { return c == ' ' || c == '-'; }

/* The reader of one str: its kind, data and length. */
typedef struct {
    int kind;
    const void *data;
    Py_ssize_t n;
} Text;

static inline Py_UCS4 at(const Text *t, Py_ssize_t i) {
    /* callers check 0 <= i < t->n */
    return PyUnicode_READ(t->kind, t->data, i);
}

/* The end of phrase p matched at pos, or -1. */
static Py_ssize_t match_phrase(const Text *t, Py_ssize_t pos, const Phrase *p) {
    Py_ssize_t i = pos;
    for (Py_ssize_t k = 0; k < p->len; k++) {
        Py_UCS4 want = p->chars[k];
        if (want == GAP) {
            if (i >= t->n || !is_phrase_gap(at(t, i)))
                return -1;
            while (i < t->n && is_phrase_gap(at(t, i)))
                i++;
            continue;
        }
        if (i >= t->n || at(t, i) != want)
            return -1;
        i++;
    }
    if (i < t->n && is_bengali_letter(at(t, i))) /* (?![BENGALI_LETTERS]) */
        return -1;
    return i;
}

enum { PIECE_NUMBER, PIECE_OTHER };

/* The piece of SPLIT_SOURCE that starts at pos (pos < n, text[pos] is not a space). */
static Py_ssize_t piece_end(const Text *t, Py_ssize_t pos, int *type) {
    Py_UCS4 c = at(t, pos);
    Py_ssize_t i = pos + 1;
    if (is_digit(c)) { /* [DIGITS]+ */
        while (i < t->n && is_digit(at(t, i)))
            i++;
        *type = PIECE_NUMBER;
        return i;
    }
    *type = PIECE_OTHER;
    if (g_nphrases && (g_first_bits[(c & 255) >> 3] >> (c & 7)) & 1) {
        for (Py_ssize_t k = 0; k < g_nphrases; k++) { /* in the order of the alternation */
            if (g_phrases[k].chars[0] != c)
                continue;
            Py_ssize_t end = match_phrase(t, pos, &g_phrases[k]);
            if (end >= 0)
                return end;
        }
    }
    int (*letter)(Py_UCS4);
    if (is_bengali_letter(c))
        letter = is_bengali_letter;
    else if (is_latin_letter(c))
        letter = is_latin_letter;
    else
        return i; /* one character */
    /* L+(?:\.L+)*\.? */
    for (;;) {
        while (i < t->n && letter(at(t, i)))
            i++;
        if (i < t->n && at(t, i) == '.') {
            if (i + 1 < t->n && letter(at(t, i + 1))) {
                i += 2;
                continue;
            }
            i++; /* the final dot */
        }
        return i;
    }
}

/* ---- output ---- */

typedef struct {
    Py_UCS4 *kinds;
    Py_ssize_t len, cap;
    PyObject *values, *starts, *ends; /* lists; starts/ends NULL for scan_kinds */
} Out;

static int out_init(Out *o, int offsets) {
    memset(o, 0, sizeof *o);
    o->cap = 64;
    o->kinds = PyMem_Malloc(o->cap * sizeof(Py_UCS4));
    o->values = PyList_New(0);
    if (offsets) {
        o->starts = PyList_New(0);
        o->ends = PyList_New(0);
    }
    if (!o->kinds || !o->values || (offsets && (!o->starts || !o->ends))) {
        if (!o->kinds)
            PyErr_NoMemory();
        return -1;
    }
    return 0;
}

static void out_free(Out *o) {
    PyMem_Free(o->kinds);
    o->kinds = NULL;
    Py_CLEAR(o->values);
    Py_CLEAR(o->starts);
    Py_CLEAR(o->ends);
}

static int append_index(PyObject *list, Py_ssize_t value) {
    PyObject *number = PyLong_FromSsize_t(value);
    if (!number)
        return -1;
    int rc = PyList_Append(list, number);
    Py_DECREF(number);
    return rc;
}

/* Append one token; value is borrowed (NULL: None). */
static int emit(Out *o, Py_UCS4 kind, PyObject *value, Py_ssize_t start, Py_ssize_t end) {
    if (o->len == o->cap) {
        Py_ssize_t cap = o->cap * 2;
        Py_UCS4 *grown = PyMem_Realloc(o->kinds, cap * sizeof(Py_UCS4));
        if (!grown) {
            PyErr_NoMemory();
            return -1;
        }
        o->kinds = grown;
        o->cap = cap;
    }
    o->kinds[o->len++] = kind;
    if (PyList_Append(o->values, value ? value : Py_None) < 0)
        return -1;
    if (o->starts) {
        if (append_index(o->starts, start) < 0 || append_index(o->ends, end) < 0)
            return -1;
    }
    return 0;
}

/* The one character of a kind string, or (Py_UCS4)-1 with an exception set. */
static Py_UCS4 kind_char(PyObject *kind, int allow_empty, int *empty) {
    *empty = 0;
    if (!PyUnicode_Check(kind)) {
        PyErr_SetString(PyExc_TypeError, "a token kind must be a str");
        return (Py_UCS4)-1;
    }
    Py_ssize_t size = PyUnicode_GET_LENGTH(kind);
    if (size == 0 && allow_empty) {
        *empty = 1;
        return 0;
    }
    if (size != 1) {
        PyErr_SetString(PyExc_ValueError, "a token kind must be one character");
        return (Py_UCS4)-1;
    }
    return PyUnicode_READ_CHAR(kind, 0);
}

/* A number of n digits at [pos, end): its kind and value. */
static int emit_number(Out *o, const Text *t, Py_ssize_t pos, Py_ssize_t end, Py_ssize_t where) {
    Py_ssize_t size = end - pos;
    if (size >= 10)
        return emit(o, g_long_number_kind, NULL, where, where + size);
    long value = 0;
    for (Py_ssize_t i = pos; i < end; i++)
        value = value * 10 + digit_value(at(t, i));
    PyObject *number = PyLong_FromLong(value);
    if (!number)
        return -1;
    int rc = emit(o, g_number_kind[size], number, where, where + size);
    Py_DECREF(number);
    return rc;
}

/* Does the piece need _lookup (not an ordinary word)?  1, 0, or -1 on error. */
static int needs_lookup(const Text *t, Py_ssize_t pos, Py_ssize_t end, PyObject *piece) {
    int ascii = 1;
    for (Py_ssize_t i = pos; i < end; i++) {
        Py_UCS4 c = at(t, i);
        if (c == '.' || c == ' ' || c == '-' || c == 0x0983 /* ঃ */)
            return 1;
        if (c >= 128)
            ascii = 0;
    }
    if (ascii)
        return 1;
    return PyDict_Contains(g_clock_words, piece);
}

/* Emit what _lookup(piece) says; *where advances by each length. */
static int emit_lookup(Out *o, PyObject *piece, int runs, Py_UCS4 *last, Py_ssize_t *where) {
    PyObject *found = PyObject_CallOneArg(g_lookup, piece);
    if (!found)
        return -1;
    PyObject *seq = PySequence_Fast(found, "_lookup must return a sequence");
    Py_DECREF(found);
    if (!seq)
        return -1;
    Py_ssize_t count = PySequence_Fast_GET_SIZE(seq);
    for (Py_ssize_t k = 0; k < count; k++) {
        PyObject *item = PySequence_Fast_GET_ITEM(seq, k);
        if (!PyTuple_Check(item) || PyTuple_GET_SIZE(item) != 3) {
            PyErr_SetString(PyExc_TypeError, "_lookup must give (kind, value, length) tuples");
            goto fail;
        }
        int empty;
        Py_UCS4 kind = kind_char(PyTuple_GET_ITEM(item, 0), 0, &empty);
        if (kind == (Py_UCS4)-1 && PyErr_Occurred())
            goto fail;
        Py_ssize_t length = PyLong_AsSsize_t(PyTuple_GET_ITEM(item, 2));
        if (length == -1 && PyErr_Occurred())
            goto fail;
        if (!runs || kind != g_unknown_kind || (*last != g_unknown_kind && *last != g_break_kind)) {
            *last = kind;
            if (emit(o, kind, PyTuple_GET_ITEM(item, 1), *where, *where + length) < 0)
                goto fail;
        }
        *where += length;
    }
    Py_DECREF(seq);
    return 0;
fail:
    Py_DECREF(seq);
    return -1;
}

static int check_configured(void) {
    if (!g_words) {
        PyErr_SetString(PyExc_RuntimeError, "bn_datetime._core._scanner is not configured");
        return -1;
    }
    return 0;
}

/* The scanner: offsets=0 is _lexer.scan_kinds, offsets=1 is _lexer.scan(norm, runs=runs). */
static int run(PyObject *norm, int offsets, int runs, Out *o) {
    Text t = {PyUnicode_KIND(norm), PyUnicode_DATA(norm), PyUnicode_GET_LENGTH(norm)};
    Py_ssize_t cur = 0;   /* where the splitter is */
    Py_ssize_t where = 0; /* the offset the tokens report (as _lexer's pos) */
    Py_UCS4 last = g_break_kind;
    while (cur < t.n) {
        Py_ssize_t space = cur;
        int newline = 0;
        while (cur < t.n && is_space(at(&t, cur))) {
            newline |= at(&t, cur) == '\n';
            cur++;
        }
        if (cur >= t.n)
            break; /* trailing spaces: no piece */
        if (cur > space) {
            where += cur - space;
            if (offsets && runs && newline && last != g_break_kind) {
                if (emit(o, g_break_kind, NULL, where, where) < 0)
                    return -1;
                last = g_break_kind;
            }
        }
        int type;
        Py_ssize_t pos = cur;
        Py_ssize_t end = piece_end(&t, pos, &type);
        if (end <= pos || end > t.n) {
            PyErr_SetString(PyExc_SystemError, "scanner out of bounds");
            return -1;
        }
        cur = end;
        Py_ssize_t size = end - pos;
        if (type == PIECE_NUMBER) {
            last = size >= 10 ? g_long_number_kind : g_number_kind[size];
            if (emit_number(o, &t, pos, end, where) < 0)
                return -1;
            where += size;
            continue;
        }
        PyObject *piece = PyUnicode_Substring(norm, pos, end);
        if (!piece)
            return -1;
        PyObject *found = PyDict_GetItemWithError(g_words, piece);
        if (found) {
            if (!PyTuple_Check(found) || PyTuple_GET_SIZE(found) < 2) {
                PyErr_SetString(PyExc_TypeError, "WORDS values must be (kind, value) tuples");
                goto fail;
            }
            Py_INCREF(found); /* held while its items are used */
            int empty, rc = 0;
            Py_UCS4 kind = kind_char(PyTuple_GET_ITEM(found, 0), 1, &empty);
            if (kind == (Py_UCS4)-1 && PyErr_Occurred())
                rc = -1;
            else if (!empty) {
                last = kind;
                rc = emit(o, kind, PyTuple_GET_ITEM(found, 1), where, where + size);
            }
            Py_DECREF(found);
            if (rc < 0)
                goto fail;
            where += size;
            Py_DECREF(piece);
            continue;
        }
        if (PyErr_Occurred())
            goto fail;
        int special = needs_lookup(&t, pos, end, piece);
        if (special < 0)
            goto fail;
        if (!special) { /* an ordinary word: in runs, one U however many in a row */
            if (!(offsets && runs) || last != g_unknown_kind) {
                last = g_unknown_kind;
                if (emit(o, g_unknown_kind, NULL, where, where + size) < 0)
                    goto fail;
            }
            where += size;
            Py_DECREF(piece);
            continue;
        }
        if (emit_lookup(o, piece, offsets && runs, &last, &where) < 0)
            goto fail;
        Py_DECREF(piece);
        continue;
    fail:
        Py_DECREF(piece);
        return -1;
    }
    return 0;
}

static PyObject *kinds_str(const Out *o) {
    return PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, o->kinds, o->len);
}

static PyObject *scanner_scan_kinds(PyObject *module, PyObject *norm) {
    (void)module;
    if (check_configured() < 0)
        return NULL;
    if (!PyUnicode_Check(norm)) {
        PyErr_Format(PyExc_TypeError, "scan_kinds() needs a str, not %.100s", Py_TYPE(norm)->tp_name);
        return NULL;
    }
    Out o;
    if (out_init(&o, 0) < 0 || run(norm, 0, 0, &o) < 0) {
        out_free(&o);
        return NULL;
    }
    PyObject *kinds = kinds_str(&o);
    PyObject *result = kinds ? PyTuple_Pack(2, kinds, o.values) : NULL;
    Py_XDECREF(kinds);
    out_free(&o);
    return result;
}

static PyObject *scanner_scan(PyObject *module, PyObject *args, PyObject *kwargs) {
    (void)module;
    static char *keywords[] = {"norm", "runs", NULL};
    PyObject *norm;
    int runs = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "U|$p:scan", keywords, &norm, &runs))
        return NULL;
    if (check_configured() < 0)
        return NULL;
    Out o;
    if (out_init(&o, 1) < 0 || run(norm, 1, runs, &o) < 0) {
        out_free(&o);
        return NULL;
    }
    PyObject *kinds = kinds_str(&o);
    PyObject *result = NULL;
    if (kinds)
        result = PyObject_CallFunctionObjArgs(g_tokens, norm, kinds, o.values, o.starts, o.ends, NULL);
    Py_XDECREF(kinds);
    out_free(&o);
    return result;
}

static int one_char(PyObject *kind, Py_UCS4 *into, const char *what) {
    if (!PyUnicode_Check(kind) || PyUnicode_GET_LENGTH(kind) != 1) {
        PyErr_Format(PyExc_ValueError, "%s must be a str of one character", what);
        return -1;
    }
    *into = PyUnicode_READ_CHAR(kind, 0);
    return 0;
}

static PyObject *scanner_configure(PyObject *module, PyObject *args) {
    (void)module;
    PyObject *words, *clock_words, *lookup, *tokens, *number_kinds, *long_kind, *unknown, *brk,
        *phrases;
    if (!PyArg_ParseTuple(args, "O!O!OOO!UUUO!:configure", &PyDict_Type, &words, &PyDict_Type,
                          &clock_words, &lookup, &tokens, &PyTuple_Type, &number_kinds, &long_kind,
                          &unknown, &brk, &PyTuple_Type, &phrases))
        return NULL;
    if (g_words) {
        PyErr_SetString(PyExc_RuntimeError, "the scanner is configured once");
        return NULL;
    }
    if (!PyCallable_Check(lookup) || !PyCallable_Check(tokens)) {
        PyErr_SetString(PyExc_TypeError, "lookup and tokens must be callable");
        return NULL;
    }
    if (PyTuple_GET_SIZE(number_kinds) < 10) {
        PyErr_SetString(PyExc_ValueError, "number_kinds needs the kinds of 0-9 digits");
        return NULL;
    }
    Py_UCS4 number_kind[10], long_number_kind, unknown_kind, break_kind;
    for (Py_ssize_t k = 1; k < 10; k++) {
        if (one_char(PyTuple_GET_ITEM(number_kinds, k), &number_kind[k], "a number kind") < 0)
            return NULL;
    }
    number_kind[0] = 0; /* no piece has 0 digits */
    if (one_char(long_kind, &long_number_kind, "the long number kind") < 0 ||
        one_char(unknown, &unknown_kind, "the unknown kind") < 0 ||
        one_char(brk, &break_kind, "the break kind") < 0)
        return NULL;
    /* phrases: a tuple of tuples of non-empty str pieces, in the alternation's order */
    Py_ssize_t nphrases = PyTuple_GET_SIZE(phrases);
    Phrase *table = PyMem_Calloc(nphrases ? nphrases : 1, sizeof(Phrase));
    unsigned char bits[32] = {0};
    if (!table)
        return PyErr_NoMemory();
    for (Py_ssize_t k = 0; k < nphrases; k++) {
        PyObject *pieces = PyTuple_GET_ITEM(phrases, k);
        if (!PyTuple_Check(pieces) || PyTuple_GET_SIZE(pieces) == 0)
            goto bad_phrase;
        Py_ssize_t npieces = PyTuple_GET_SIZE(pieces), total = npieces - 1;
        for (Py_ssize_t j = 0; j < npieces; j++) {
            PyObject *piece = PyTuple_GET_ITEM(pieces, j);
            if (!PyUnicode_Check(piece) || PyUnicode_GET_LENGTH(piece) == 0)
                goto bad_phrase;
            total += PyUnicode_GET_LENGTH(piece);
        }
        table[k].chars = PyMem_Malloc(total * sizeof(Py_UCS4));
        if (!table[k].chars) {
            PyErr_NoMemory();
            goto fail;
        }
        table[k].len = total;
        Py_ssize_t w = 0;
        for (Py_ssize_t j = 0; j < npieces; j++) {
            PyObject *piece = PyTuple_GET_ITEM(pieces, j);
            if (j)
                table[k].chars[w++] = GAP;
            for (Py_ssize_t i = 0; i < PyUnicode_GET_LENGTH(piece); i++) {
                Py_UCS4 c = PyUnicode_READ_CHAR(piece, i);
                /* a piece holds no separator (it would need the regex's backtracking) */
                if (is_phrase_gap(c))
                    goto bad_phrase;
                table[k].chars[w++] = c;
            }
        }
        Py_UCS4 first = table[k].chars[0];
        bits[(first & 255) >> 3] |= (unsigned char)(1u << (first & 7));
    }
    Py_INCREF(words);
    Py_INCREF(clock_words);
    Py_INCREF(lookup);
    Py_INCREF(tokens);
    Py_INCREF(number_kinds);
    g_words = words;
    g_clock_words = clock_words;
    g_lookup = lookup;
    g_tokens = tokens;
    g_number_kinds = number_kinds;
    memcpy(g_number_kind, number_kind, sizeof number_kind);
    g_long_number_kind = long_number_kind;
    g_unknown_kind = unknown_kind;
    g_break_kind = break_kind;
    g_phrases = table;
    g_nphrases = nphrases;
    memcpy(g_first_bits, bits, sizeof bits);
    Py_RETURN_NONE;
bad_phrase:
    PyErr_SetString(PyExc_ValueError, "a phrase is a tuple of non-empty pieces without spaces or hyphens");
fail:
    for (Py_ssize_t k = 0; k < nphrases; k++)
        PyMem_Free(table[k].chars);
    PyMem_Free(table);
    return NULL;
}

static PyMethodDef methods[] = {
    {"configure", scanner_configure, METH_VARARGS,
     "configure(words, clock_words, lookup, tokens, number_kinds, long_kind, unknown_kind, "
     "break_kind, phrases): the tables of bn_datetime._lexer, once."},
    {"scan_kinds", scanner_scan_kinds, METH_O,
     "scan_kinds(norm) -> (kinds, values): as bn_datetime._lexer.scan_kinds."},
    {"scan", (PyCFunction)(void (*)(void))scanner_scan, METH_VARARGS | METH_KEYWORDS,
     "scan(norm, *, runs=False) -> Tokens: as bn_datetime._lexer.scan."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module_def = {
    PyModuleDef_HEAD_INIT, "_scanner",
    "The compiled tokenizer of bn_datetime (see bn_datetime._core).", -1, methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__scanner(void) { return PyModule_Create(&module_def); }
