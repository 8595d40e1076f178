/* The per-character loop of `pdfium_page` in C: an optional accelerator, not linked against PDFium.
 *
 * `pdfium_page._runs` and `_read` call PDFium twice a character (origin, loose box) through cffi,
 * about 285 ns a call of which 175 ns is cffi's own; this module makes the same calls from C at
 * PDFium's own addresses, which `init` receives from pypdfium2, and builds the same runs of
 * pieces, step for step as the Python does (the same comparisons on the same doubles), so that
 * both paths give identical output. `words` does the same for `PdfiumPage._words`' line grouping.
 * The pure-Python path stays the reference: every function here says which Python it restates.
 *
 * Defensive: every index is checked against the text's length before PDFium is asked about it
 * (PDFium answers false, never crashes, for an index out of range, but it is never asked); every
 * object handed in is type-checked; every reference is owned or borrowed as commented.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

typedef int (*origin_fn)(void *, int, double *, double *);
typedef int (*box_fn)(void *, int, float *);
typedef int (*generated_fn)(void *, int);
typedef intptr_t (*object_fn)(void *, int);

typedef struct {
    float a, b, c, d, e, f;
} Matrix;
typedef int (*matrix_fn)(void *, int, Matrix *);
typedef double (*font_size_fn)(void *, int);
typedef intptr_t (*object_font_fn)(intptr_t);
typedef int (*descent_fn)(intptr_t, float, float *);
typedef unsigned long (*font_info_fn)(void *, int, void *, unsigned long, int *);

static matrix_fn char_matrix = NULL;
static font_size_fn font_size = NULL;
static object_font_fn object_font = NULL;
static descent_fn font_descent = NULL;
static font_info_fn font_info = NULL;
static origin_fn get_origin = NULL;
static box_fn get_box = NULL;
static generated_fn is_generated = NULL;
static object_fn get_object = NULL;

/* The out-parameters, kept between calls as `pdfium_page._Fast`'s buffers are (a failed call
 * leaves them as they were: the same values are read on both paths). */
static double origin_xy[2];
static float box_ltrb[4];

/* `layout.X_TOLERANCE_RATIO` and `layout.x_tolerance`: the x tolerance for characters of `size` pt,
 * the ratio of the size where that is above 0 and below `xt` (3 pt, or minus infinity for a character
 * at a time), else `xt`: the same multiplication and comparisons as the Python's. */
#define X_TOLERANCE_RATIO 0.15

static double
x_tolerance(double size, double xt)
{
    double t = X_TOLERANCE_RATIO * size;
    return (0.0 < t && t < xt) ? t : xt;
}

static PyObject *hyphen_str = NULL; /* "-" */
static PyObject *blank_str = NULL;  /* " " */
static PyObject *empty_str = NULL;  /* "" */

static PyObject *
init(PyObject *self, PyObject *args)
{
    unsigned long long o, b, g, t, m, z, f, d, i;
    if (!PyArg_ParseTuple(args, "KKKKKKKKK", &o, &b, &g, &t, &m, &z, &f, &d, &i))
        return NULL;
    if (!o || !b || !g || !t || !m || !z || !f || !d || !i) {
        PyErr_SetString(PyExc_ValueError, "a PDFium function address is NULL");
        return NULL;
    }
    get_origin = (origin_fn)(uintptr_t)o;
    get_box = (box_fn)(uintptr_t)b;
    is_generated = (generated_fn)(uintptr_t)g;
    get_object = (object_fn)(uintptr_t)t;
    char_matrix = (matrix_fn)(uintptr_t)m;
    font_size = (font_size_fn)(uintptr_t)z;
    object_font = (object_font_fn)(uintptr_t)f;
    font_descent = (descent_fn)(uintptr_t)d;
    font_info = (font_info_fn)(uintptr_t)i;
    Py_RETURN_NONE;
}

/* Characters `_read` takes one at a time (`pdfium_page._ODD`): controls and blanks
 * (`str.isspace`), surrogates and everything from them up. */
static inline int
is_odd(Py_UCS4 c)
{
    return c <= 0x20 || c >= 0xD800 || Py_UNICODE_ISSPACE(c);
}

/* `pdfium_page._BLANKS`: `str.isspace` within the BMP. */
static inline int
is_blank(Py_UCS4 c)
{
    return c < 0x10000 && Py_UNICODE_ISSPACE(c);
}

/* Append (text, x0, widest, top, bottom, last, right) to `out`; steals `text`. -1 on error. A
 * piece's top and bottom are the objects of its height, shared by the pieces made at that height,
 * as in `_read` (a set of tops counts one NaN once per height there, as here). */
static int
append_piece(PyObject *out, PyObject *text, double x0, double widest, PyObject *top, PyObject *bottom,
             double last, double right)
{
    if (text == NULL)
        return -1;
    PyObject *t = PyTuple_New(7);
    if (t == NULL) {
        Py_DECREF(text);
        return -1;
    }
    PyTuple_SET_ITEM(t, 0, text);
    Py_INCREF(top);
    PyTuple_SET_ITEM(t, 3, top);
    Py_INCREF(bottom);
    PyTuple_SET_ITEM(t, 4, bottom);
    double v[4] = {x0, widest, last, right};
    static const int at[4] = {1, 2, 5, 6};
    for (int k = 0; k < 4; k++) {
        PyObject *f = PyFloat_FromDouble(v[k]);
        if (f == NULL) {
            Py_DECREF(t);
            return -1;
        }
        PyTuple_SET_ITEM(t, at[k], f);
    }
    int r = PyList_Append(out, t);
    Py_DECREF(t);
    return r;
}

/* The objects of a new height: top and bottom as `_read` works them out. */
static int
set_height(PyObject **top_o, PyObject **bottom_o, double height, double y, double descent, double size)
{
    double bottom = height - (y + descent);
    double top = bottom - size;
    PyObject *b = PyFloat_FromDouble(bottom);
    if (b == NULL)
        return -1;
    PyObject *t = PyFloat_FromDouble(top);
    if (t == NULL) {
        Py_DECREF(b);
        return -1;
    }
    Py_XSETREF(*top_o, t);
    Py_XSETREF(*bottom_o, b);
    return 0;
}

typedef struct {
    void *handle;
    PyObject *texts;
    int kind;
    const void *data;
    Py_ssize_t n;
    double height;
    double xt;
    /* The first line break (PDFium's "\r") at or after `nl_from`, or n: the objects are asked
     * for in order, so the text is scanned once, not once an object (a page of many objects on
     * one line would make that quadratic). */
    Py_ssize_t nl_from, nl;
} Page;

/* `pdfium_page._read`: characters i…end of one upright text object appended to `out` in pieces. */
static int
read_object(Page *p, Py_ssize_t i, Py_ssize_t end, double size, double descent, PyObject *out)
{
    int have_y = 0, r = -1;
    double last_y = 0.0;
    PyObject *top = NULL, *bottom = NULL; /* owned: the current height's objects */
    double first = 0.0, widest = 0.0, last = 0.0, right = 0.0, reach = 0.0;
    Py_ssize_t start = -1; /* the first character of the open piece */
    const double xt = x_tolerance(size, p->xt), height = p->height;
    for (Py_ssize_t k = i; k < end; k++) {
        Py_UCS4 c = PyUnicode_READ(p->kind, p->data, k);
        if (!is_odd(c)) {
            get_origin(p->handle, (int)k, &origin_xy[0], &origin_xy[1]);
            double y = origin_xy[1];
            if (!have_y || y != last_y) {
                if (start >= 0) {
                    if (append_piece(out, PyUnicode_Substring(p->texts, start, k), first, widest, top,
                                     bottom, last, right) < 0)
                        goto done;
                    start = -1;
                }
                have_y = 1;
                last_y = y;
                if (set_height(&top, &bottom, height, y, descent, size) < 0)
                    goto done;
            }
            double x0 = origin_xy[0];
            get_box(p->handle, (int)k, box_ltrb);
            double x1 = (double)box_ltrb[2];
            x1 = x1 > x0 ? x1 : x0;
            if (start >= 0 && last <= x0 && x0 <= reach) {
                last = x0;
                right = x1;
                reach = x1 + xt;
                if (x1 > widest)
                    widest = x1;
            }
            else {
                if (start >= 0) {
                    if (append_piece(out, PyUnicode_Substring(p->texts, start, k), first, widest, top,
                                     bottom, last, right) < 0)
                        goto done;
                }
                start = k;
                first = last = x0;
                widest = right = x1;
                reach = x1 + xt;
            }
            continue;
        }
        /* An odd character: the open piece ends before it. */
        if (start >= 0) {
            if (append_piece(out, PyUnicode_Substring(p->texts, start, k), first, widest, top, bottom,
                             last, right) < 0)
                goto done;
            start = -1;
        }
        PyObject *text;
        if (c == 0x02 || c == 0xFFFE) {
            text = hyphen_str;
        }
        else if (c <= 0x20) {
            if (c == 0 || is_generated(p->handle, (int)k))
                continue; /* `_skipped` */
            text = NULL;
        }
        else if (c >= 0xD800 && c <= 0xDFFF) {
            continue;
        }
        else {
            text = NULL;
        }
        get_origin(p->handle, (int)k, &origin_xy[0], &origin_xy[1]);
        double y = origin_xy[1];
        if (!have_y || y != last_y) {
            have_y = 1;
            last_y = y;
            if (set_height(&top, &bottom, height, y, descent, size) < 0)
                goto done;
        }
        double x0 = origin_xy[0];
        if (text == NULL && is_blank(c)) {
            Py_INCREF(blank_str);
            if (append_piece(out, blank_str, x0, x0, top, bottom, x0, x0) < 0)
                goto done;
            continue;
        }
        get_box(p->handle, (int)k, box_ltrb);
        double x1 = (double)box_ltrb[2];
        x1 = x1 > x0 ? x1 : x0;
        if (text == NULL)
            text = PyUnicode_FromOrdinal(c);
        else
            Py_INCREF(text);
        if (append_piece(out, text, x0, x1, top, bottom, x0, x1) < 0)
            goto done;
    }
    if (start >= 0) {
        if (append_piece(out, PyUnicode_Substring(p->texts, start, end), first, widest, top, bottom, last,
                         right) < 0)
            goto done;
    }
    r = 0;
done:
    Py_XDECREF(top);
    Py_XDECREF(bottom);
    return r;
}

/* `pdfium_page._skipped`. */
static int
skipped(Page *p, Py_ssize_t i)
{
    Py_UCS4 c = PyUnicode_READ(p->kind, p->data, i);
    if (c <= 0x20)
        return c != 0x02 && (c == 0 || is_generated(p->handle, (int)i) != 0);
    return c >= 0xD800 && c <= 0xDFFF;
}

/* `pdfium_page._object_end`: where the characters of text object `obj` from `start` end, and
 * the object of the character there (-1 past the end). */
static Py_ssize_t
object_end(Page *p, Py_ssize_t start, intptr_t obj, intptr_t *at_out)
{
    Py_ssize_t n = p->n;
    if (start + 1 < p->nl_from || start + 1 > p->nl) {
        Py_ssize_t k = start + 1;
        while (k < n && PyUnicode_READ(p->kind, p->data, k) != '\r')
            k++;
        p->nl_from = start + 1;
        p->nl = k;
    }
    Py_ssize_t nl = p->nl;
    if (nl - 1 == start || get_object(p->handle, (int)(nl - 1)) == obj) {
        intptr_t at = nl < n ? get_object(p->handle, (int)nl) : -1;
        if (at != obj) {
            *at_out = at;
            return nl;
        }
    }
    Py_ssize_t lo = start, step = 1, hi;
    intptr_t at;
    for (;;) {
        hi = lo + step;
        if (hi >= n) {
            hi = n;
            at = -1;
            break;
        }
        at = get_object(p->handle, (int)hi);
        if (at != obj)
            break;
        lo = hi;
        step *= 2;
    }
    while (hi - lo > 1) {
        Py_ssize_t mid = (lo + hi) / 2;
        intptr_t got = get_object(p->handle, (int)mid);
        if (got == obj)
            lo = mid;
        else {
            hi = mid;
            at = got;
        }
    }
    *at_out = at;
    return hi;
}

/* `PdfiumPage._object`: (size, descent, font name, upright) of character i's text object `obj`,
 * a new reference. `fonts` keeps a font's (descent, name) by (font, size), as the Python does (a
 * NaN size is never found again there, nor here). */
static PyObject *
object_info(Page *p, Py_ssize_t i, intptr_t obj, PyObject *fonts)
{
    Matrix m;
    double a, b, c, d;
    if (char_matrix(p->handle, (int)i, &m)) {
        a = m.a;
        b = m.b;
        c = m.c;
        d = m.d;
    }
    else {
        a = b = c = d = 0.0;
    }
    /* The size PDFium reports leaves out the drawing matrix (a page drawn at 0.75 scale). */
    double size = font_size(p->handle, (int)i) * (d != 0.0 ? fabs(d) : 1.0);
    int upright = a * d > 0 && b * c <= 0;
    intptr_t font = object_font(obj);
    PyObject *size_obj = PyFloat_FromDouble(size);
    if (size_obj == NULL)
        return NULL;
    PyObject *font_obj = PyLong_FromLongLong((long long)font);
    if (font_obj == NULL) {
        Py_DECREF(size_obj);
        return NULL;
    }
    PyObject *key = PyTuple_Pack(2, font_obj, size_obj);
    Py_DECREF(font_obj);
    if (key == NULL) {
        Py_DECREF(size_obj);
        return NULL;
    }
    PyObject *known = PyDict_GetItemWithError(fonts, key); /* borrowed */
    if (known == NULL) {
        if (PyErr_Occurred())
            goto error;
        float desc = 0.0f;
        if (!(font && font_descent(font, (float)size, &desc)))
            desc = 0.0f;
        char name[256];
        int flags = 0;
        memset(name, 0, sizeof name);
        font_info(p->handle, (int)i, name, (unsigned long)sizeof name, &flags);
        name[sizeof name - 1] = 0; /* (ctypes' `.value` stops at the buffer's end as well) */
        PyObject *text = PyUnicode_DecodeUTF8(name, (Py_ssize_t)strlen(name), "replace");
        if (text == NULL)
            goto error;
        PyObject *pair = Py_BuildValue("(dN)", (double)desc, text);
        if (pair == NULL)
            goto error;
        int r = PyDict_SetItem(fonts, key, pair);
        Py_DECREF(pair);
        if (r < 0)
            goto error;
        known = pair; /* alive in `fonts` */
    }
    PyObject *out = PyTuple_Pack(4, size_obj, PyTuple_GET_ITEM(known, 0), PyTuple_GET_ITEM(known, 1),
                                 upright ? Py_True : Py_False);
    Py_DECREF(key);
    Py_DECREF(size_obj);
    return out;
error:
    Py_DECREF(key);
    Py_DECREF(size_obj);
    return NULL;
}

/* runs(handle, texts, height, xt, contiguous) -> list of (font, size, [piece, …]):
 * `PdfiumPage._runs` after its text is read. */
static PyObject *
runs(PyObject *self, PyObject *args)
{
    unsigned long long handle;
    PyObject *texts;
    double height, xt;
    int contiguous;
    if (!PyArg_ParseTuple(args, "KUddp", &handle, &texts, &height, &xt, &contiguous))
        return NULL;
    if (get_origin == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "_pdfchars.init was not called");
        return NULL;
    }
    if (!handle) {
        PyErr_SetString(PyExc_ValueError, "no text page");
        return NULL;
    }
    Page p;
    p.handle = (void *)(uintptr_t)handle;
    p.texts = texts;
    p.kind = PyUnicode_KIND(texts);
    p.data = PyUnicode_DATA(texts);
    p.n = PyUnicode_GET_LENGTH(texts);
    p.height = height;
    p.xt = xt;
    p.nl_from = p.nl = -1; /* nothing scanned yet */
    if (p.n > INT_MAX) {
        PyErr_SetString(PyExc_ValueError, "too many characters");
        return NULL;
    }

    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    /* The text objects' and the fonts' look-ups, as `_runs` keeps them (a page has hundreds of
     * objects and a few fonts). */
    PyObject *objects = PyDict_New();
    PyObject *fonts = PyDict_New();
    if (objects == NULL || fonts == NULL) {
        Py_XDECREF(objects);
        Py_XDECREF(fonts);
        Py_DECREF(out);
        return NULL;
    }
    PyObject *key = NULL;   /* owned: (font name, signed size) of the open run */
    PyObject *chars = NULL; /* borrowed from `out` */
    double size = 0.0, descent = 0.0;
    int upright = 1;
    intptr_t last_obj = -1, probed = -1;
    Py_ssize_t probe_at = -1;
    Py_ssize_t i = 0, n = p.n;
    while (i < n) {
        if (skipped(&p, i)) {
            i++;
            continue;
        }
        intptr_t obj = i == probe_at ? probed : get_object(p.handle, (int)i);
        Py_ssize_t end;
        if (contiguous) {
            end = object_end(&p, i, obj, &probed);
            probe_at = end;
        }
        else {
            end = i + 1;
        }
        if (obj != last_obj) {
            last_obj = obj;
            PyObject *obj_key = PyLong_FromLongLong((long long)obj);
            if (obj_key == NULL)
                goto error;
            PyObject *known = PyDict_GetItemWithError(objects, obj_key);
            if (known != NULL) {
                Py_INCREF(known);
            }
            else if (!PyErr_Occurred()) {
                known = object_info(&p, i, obj, fonts);
                if (known != NULL && PyDict_SetItem(objects, obj_key, known) < 0)
                    Py_CLEAR(known);
            }
            Py_DECREF(obj_key);
            if (known == NULL)
                goto error;
            PyObject *size_obj = PyTuple_GET_ITEM(known, 0);
            size = PyFloat_AS_DOUBLE(size_obj);
            descent = PyFloat_AS_DOUBLE(PyTuple_GET_ITEM(known, 1));
            upright = PyObject_IsTrue(PyTuple_GET_ITEM(known, 3));
            if (upright < 0) {
                Py_DECREF(known);
                goto error;
            }
            PyObject *signed_size = upright ? Py_NewRef(size_obj) : PyNumber_Negative(size_obj);
            if (signed_size == NULL) {
                Py_DECREF(known);
                goto error;
            }
            PyObject *run_key = PyTuple_Pack(2, PyTuple_GET_ITEM(known, 2), signed_size);
            Py_DECREF(signed_size);
            Py_DECREF(known);
            if (run_key == NULL)
                goto error;
            int differs = key == NULL ? 1 : PyObject_RichCompareBool(run_key, key, Py_NE);
            if (differs < 0) {
                Py_DECREF(run_key);
                goto error;
            }
            if (differs) {
                Py_XSETREF(key, run_key);
                PyObject *list = PyList_New(0);
                if (list == NULL)
                    goto error;
                PyObject *run = PyTuple_Pack(3, PyTuple_GET_ITEM(key, 0), PyTuple_GET_ITEM(key, 1), list);
                Py_DECREF(list);
                if (run == NULL)
                    goto error;
                int r = PyList_Append(out, run);
                Py_DECREF(run);
                if (r < 0)
                    goto error;
                chars = list; /* alive while `out` holds the run */
            }
            else {
                Py_DECREF(run_key);
            }
        }
        if (upright && read_object(&p, i, end, size, descent, chars) < 0)
            goto error;
        i = end;
    }
    Py_XDECREF(key);
    Py_DECREF(objects);
    Py_DECREF(fonts);
    return out;
error:
    Py_XDECREF(key);
    Py_DECREF(objects);
    Py_DECREF(fonts);
    Py_DECREF(out);
    return NULL;
}


/* ---- words: `PdfiumPage._words` ---------------------------------------------------------------- */

typedef struct {
    PyObject *text; /* borrowed from the piece */
    double x0, widest, top, bottom, last, right;
    int blank;
    Py_ssize_t order; /* position in the run (sorts are stable) */
    double key;       /* what is being sorted on */
    Py_ssize_t line;  /* the line (cluster of tops) it belongs to */
} Piece;

static int
by_key(const void *a, const void *b)
{
    const Piece *p = a, *q = b;
    if (p->key < q->key)
        return -1;
    if (p->key > q->key)
        return 1;
    return (p->order > q->order) - (p->order < q->order);
}

static int
by_line_then_key(const void *a, const void *b)
{
    const Piece *p = a, *q = b;
    if (p->line != q->line)
        return (p->line > q->line) - (p->line < q->line);
    return by_key(a, b);
}

/* A float field of a piece, or -1 (and an exception) when it is not a float; 1 when it is NaN. */
static int
piece_float(PyObject *t, int k, double *out)
{
    PyObject *v = PyTuple_GET_ITEM(t, k);
    if (!PyFloat_Check(v)) {
        PyErr_SetString(PyExc_TypeError, "a piece's coordinates must be floats");
        return -1;
    }
    *out = PyFloat_AS_DOUBLE(v);
    return isnan(*out) ? 1 : 0;
}

typedef struct {
    PyObject *words;     /* the list made */
    PyObject *bbox;      /* the page box, for make_word */
    PyObject *make_word; /* layout.make_word */
    PyObject *word_type; /* layout.Word */
    PyObject *table;     /* layout._LIGATURES */
    double px0, ptop, px1, pbottom;
} Out;

/* The words of one line (pieces `line[0…count)`, sorted by x0), as `_words` makes them from
 * `_spans`, a word ending at a gap wider than the run's x tolerance `xt`. 1 when `check` finds
 * pieces out of order (the caller answers None), -1 on error. */
static int
line_words(Out *o, Piece *line, Py_ssize_t count, int flat, int check, int one_top, PyObject *size_obj,
           double wsize, double xt, PyObject *bold, PyObject *symbol, int ligatures, Py_ssize_t *spans)
{
    /* `_spans`: (start, end) pairs into `spans`, the x1 of each in `x1s` (after the pairs). */
    Py_ssize_t nspans = 0;
    double *x1s = (double *)(spans + 2 * count);
    Py_ssize_t start = -1;
    double x1 = 0.0, reach = 0.0, last_top = 0.0, prev = 0.0;
    for (Py_ssize_t k = 0; k < count; k++) {
        Piece *c = &line[k];
        if (check) {
            if (k && !(prev < c->x0))
                return 1;
            prev = c->last;
        }
        if (c->blank) {
            if (start >= 0) {
                spans[2 * nspans] = start;
                spans[2 * nspans + 1] = k;
                x1s[nspans++] = x1;
                start = -1;
            }
            continue;
        }
        if (start < 0) {
            start = k;
            x1 = c->widest;
        }
        else if (c->x0 > reach || (!flat && c->top != last_top && fabs(c->top - last_top) > 3.0)) {
            spans[2 * nspans] = start;
            spans[2 * nspans + 1] = k;
            x1s[nspans++] = x1;
            start = k;
            x1 = c->widest;
        }
        else if (c->widest > x1) {
            x1 = c->widest;
        }
        reach = c->right + xt;
        last_top = c->top;
    }
    if (start >= 0) {
        spans[2 * nspans] = start;
        spans[2 * nspans + 1] = count;
        x1s[nspans++] = x1;
    }
    /* A line at one height gives its words its top and bottom. */
    int level = 1;
    for (Py_ssize_t k = 1; k < count && level; k++) {
        if (!one_top && line[k].top != line[0].top)
            level = 0;
        if (line[k].bottom != line[0].bottom)
            level = 0;
    }
    for (Py_ssize_t s = 0; s < nspans; s++) {
        Py_ssize_t a = spans[2 * s], b = spans[2 * s + 1];
        double wx1 = x1s[s];
        Piece *first = &line[a];
        PyObject *t;
        if (b - a == 1) {
            t = Py_NewRef(first->text);
        }
        else {
            PyObject *parts = PyTuple_New(b - a);
            if (parts == NULL)
                return -1;
            for (Py_ssize_t k = a; k < b; k++)
                PyTuple_SET_ITEM(parts, k - a, Py_NewRef(line[k].text));
            t = PyUnicode_Join(empty_str, parts);
            Py_DECREF(parts);
            if (t == NULL)
                return -1;
        }
        double top, bottom;
        if (level) {
            top = first->top;
            bottom = first->bottom;
        }
        else {
            /* `min` and `max` keep the first of equals. */
            top = first->top;
            bottom = first->bottom;
            for (Py_ssize_t k = a + 1; k < b; k++) {
                if (line[k].top < top)
                    top = line[k].top;
                if (line[k].bottom > bottom)
                    bottom = line[k].bottom;
            }
        }
        double x0 = first->x0;
        PyObject *w = NULL;
        int made = 0;
        if (x0 < o->px0 || wx1 > o->px1 || top < o->ptop || bottom > o->pbottom || wsize == 0.0) {
            /* Clipped to the page, or sized from its height: `make_word` does it. */
            PyObject *args[9] = {t, NULL, NULL, NULL, NULL, size_obj, bold, symbol, o->bbox};
            double v[4] = {x0, wx1, top, bottom};
            int ok = 1;
            for (int k = 0; k < 4; k++) {
                args[k + 1] = PyFloat_FromDouble(v[k]);
                if (args[k + 1] == NULL)
                    ok = 0;
            }
            if (ok)
                w = PyObject_Vectorcall(o->make_word, args, 9, NULL);
            for (int k = 1; k < 5; k++)
                Py_XDECREF(args[k]);
            Py_DECREF(t);
            if (w == NULL)
                return -1;
            made = w != Py_None;
        }
        else if (wx1 >= x0 && bottom >= top) {
            if (ligatures) {
                PyObject *translated = PyObject_CallMethod(t, "translate", "O", o->table);
                Py_DECREF(t);
                if (translated == NULL)
                    return -1;
                t = translated;
            }
            PyObject *args[8] = {t, NULL, NULL, NULL, NULL, NULL, bold, symbol};
            double v[5] = {x0, wx1, top, bottom, wsize};
            int ok = 1;
            for (int k = 0; k < 5; k++) {
                args[k + 1] = PyFloat_FromDouble(v[k]);
                if (args[k + 1] == NULL)
                    ok = 0;
            }
            if (ok)
                w = PyObject_Vectorcall(o->word_type, args, 8, NULL);
            for (int k = 1; k < 6; k++)
                Py_XDECREF(args[k]);
            Py_DECREF(t);
            if (w == NULL)
                return -1;
            made = 1;
        }
        else {
            Py_DECREF(t);
        }
        if (made) {
            int r = PyList_Append(o->words, w);
            Py_DECREF(w);
            if (r < 0)
                return -1;
        }
        else {
            Py_XDECREF(w);
        }
    }
    return 0;
}

/* Whether a run's text holds a ligature (`layout._LIGATURE`: U+FB00…U+FB06). */
static int
has_ligature(Piece *pieces, Py_ssize_t n)
{
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *t = pieces[k].text;
        int kind = PyUnicode_KIND(t);
        const void *data = PyUnicode_DATA(t);
        Py_ssize_t len = PyUnicode_GET_LENGTH(t);
        if (kind == PyUnicode_1BYTE_KIND)
            continue;
        for (Py_ssize_t j = 0; j < len; j++) {
            Py_UCS4 c = PyUnicode_READ(kind, data, j);
            if (c >= 0xFB00 && c <= 0xFB06)
                return 1;
        }
    }
    return 0;
}

/* The words of one run; 1 when `check` fails, 2 when a coordinate is NaN (the Python path, whose
 * sets and sorts treat NaN by object, answers), -1 on error. */
static int
run_words(Out *o, PyObject *run, int check, PyObject *font_flags, Piece **buf, Py_ssize_t *cap,
          Py_ssize_t **spans, Py_ssize_t *spans_cap)
{
    if (!PyTuple_Check(run) || PyTuple_GET_SIZE(run) != 3 || !PyFloat_Check(PyTuple_GET_ITEM(run, 1)) ||
        !PyList_Check(PyTuple_GET_ITEM(run, 2))) {
        PyErr_SetString(PyExc_TypeError, "a run must be (font, size, [piece, ...])");
        return -1;
    }
    PyObject *font = PyTuple_GET_ITEM(run, 0), *size_obj = PyTuple_GET_ITEM(run, 1);
    PyObject *list = PyTuple_GET_ITEM(run, 2);
    double size = PyFloat_AS_DOUBLE(size_obj);
    Py_ssize_t n = PyList_GET_SIZE(list);
    if (size < 0 || n == 0)
        return 0; /* rotated text */
    if (n > *cap) {
        Piece *grown = PyMem_Realloc(*buf, (size_t)n * sizeof(Piece));
        if (grown == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        *buf = grown;
        *cap = n;
    }
    /* Room for a line's spans: (start, end) and x1 for each piece. */
    if (n > *spans_cap) {
        Py_ssize_t *grown = PyMem_Realloc(*spans, (size_t)n * (2 * sizeof(Py_ssize_t) + sizeof(double)));
        if (grown == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        *spans = grown;
        *spans_cap = n;
    }
    Piece *pieces = *buf;
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *t = PyList_GET_ITEM(list, k);
        if (!PyTuple_Check(t) || PyTuple_GET_SIZE(t) != 7 || !PyUnicode_Check(PyTuple_GET_ITEM(t, 0))) {
            PyErr_SetString(PyExc_TypeError, "a piece must be (text, x0, x1, top, bottom, last, right)");
            return -1;
        }
        Piece *c = &pieces[k];
        c->text = PyTuple_GET_ITEM(t, 0);
        double *fields[6] = {&c->x0, &c->widest, &c->top, &c->bottom, &c->last, &c->right};
        int nan = 0;
        for (int j = 0; j < 6; j++) {
            int r = piece_float(t, j + 1, fields[j]);
            if (r < 0)
                return -1;
            nan |= r;
        }
        if (nan)
            return 2;
        c->blank = PyUnicode_GET_LENGTH(c->text) == 1 && PyUnicode_READ_CHAR(c->text, 0) == ' ';
        c->order = k;
        c->line = 0;
    }
    PyObject *flags = PyObject_CallOneArg(font_flags, font);
    if (flags == NULL)
        return -1;
    if (!PyTuple_Check(flags) || PyTuple_GET_SIZE(flags) != 2) {
        Py_DECREF(flags);
        PyErr_SetString(PyExc_TypeError, "font_flags must answer (bold, symbol)");
        return -1;
    }
    PyObject *bold = PyTuple_GET_ITEM(flags, 0), *symbol = PyTuple_GET_ITEM(flags, 1);
    /* `make_word`'s size, the same for every word of the run unless the font size is 0. */
    double wsize = 0.0;
    if (size != 0.0) {
        double m = size > 1.0 ? size : 1.0;
        wsize = m < 500.0 ? m : 500.0;
    }
    /* The tops: one height (the common case), or lines clustered as `_lines` does. */
    double lo = pieces[0].top, hi = pieces[0].top;
    int one_top = 1;
    for (Py_ssize_t k = 1; k < n; k++) {
        double t = pieces[k].top;
        if (t != pieces[0].top)
            one_top = 0;
        if (t < lo)
            lo = t;
        if (t > hi)
            hi = t;
    }
    int flat = hi - lo <= 3.0;
    if (one_top) {
        for (Py_ssize_t k = 0; k < n; k++)
            pieces[k].key = pieces[k].x0;
        qsort(pieces, (size_t)n, sizeof(Piece), by_key);
    }
    else {
        /* Sorted by top, a new line wherever a top is more than the tolerance below the last. */
        for (Py_ssize_t k = 0; k < n; k++)
            pieces[k].key = pieces[k].top;
        qsort(pieces, (size_t)n, sizeof(Piece), by_key);
        Py_ssize_t line = 0;
        double last = pieces[0].top;
        for (Py_ssize_t k = 0; k < n; k++) {
            if (pieces[k].top > last + 3.0)
                line++;
            last = pieces[k].top;
            pieces[k].line = line;
            pieces[k].key = pieces[k].x0;
        }
        qsort(pieces, (size_t)n, sizeof(Piece), by_line_then_key);
    }
    int ligatures = has_ligature(pieces, n);
    double xt = x_tolerance(size, 3.0); /* the run's x tolerance */
    int r = 0;
    for (Py_ssize_t a = 0; a < n && r == 0;) {
        Py_ssize_t b = a + 1;
        while (b < n && pieces[b].line == pieces[a].line)
            b++;
        r = line_words(o, pieces + a, b - a, flat, check, one_top, size_obj, wsize, xt, bold, symbol, ligatures,
                       *spans);
        a = b;
    }
    Py_DECREF(flags);
    return r;
}

/* words(runs, bbox, check, font_flags, make_word, Word, ligatures) -> [Word] | None | NotImplemented:
 * `PdfiumPage._words` on runs; None when `check` finds a line whose pieces overlap;
 * NotImplemented when a coordinate is NaN (the Python path then answers). */
static PyObject *
words(PyObject *self, PyObject *args)
{
    PyObject *runs_list, *bbox, *font_flags, *make_word, *word_type, *table;
    int check;
    if (!PyArg_ParseTuple(args, "O!O!pOOOO!", &PyList_Type, &runs_list, &PyTuple_Type, &bbox, &check,
                          &font_flags, &make_word, &word_type, &PyDict_Type, &table))
        return NULL;
    if (PyTuple_GET_SIZE(bbox) != 4) {
        PyErr_SetString(PyExc_ValueError, "bbox must be (x0, top, x1, bottom)");
        return NULL;
    }
    Out o;
    double *box[4] = {&o.px0, &o.ptop, &o.px1, &o.pbottom};
    for (int k = 0; k < 4; k++) {
        *box[k] = PyFloat_AsDouble(PyTuple_GET_ITEM(bbox, k));
        if (*box[k] == -1.0 && PyErr_Occurred())
            return NULL;
    }
    o.bbox = bbox;
    o.make_word = make_word;
    o.word_type = word_type;
    o.table = table;
    o.words = PyList_New(0);
    if (o.words == NULL)
        return NULL;
    Piece *buf = NULL;
    Py_ssize_t cap = 0, spans_cap = 0;
    Py_ssize_t *spans = NULL;
    int r = 0;
    /* A strong reference: font_flags and make_word are Python code, which could change the list. */
    PyObject *runs_ref = PySequence_Tuple(runs_list);
    if (runs_ref == NULL) {
        Py_DECREF(o.words);
        return NULL;
    }
    for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(runs_ref) && r == 0; k++) {
        PyObject *run = PyTuple_GET_ITEM(runs_ref, k);
        r = run_words(&o, run, check, font_flags, &buf, &cap, &spans, &spans_cap);
    }
    Py_DECREF(runs_ref);
    PyMem_Free(buf);
    PyMem_Free(spans);
    if (r == 0)
        return o.words;
    Py_DECREF(o.words);
    if (r < 0)
        return NULL;
    if (r == 1)
        Py_RETURN_NONE;
    Py_RETURN_NOTIMPLEMENTED;
}

static PyMethodDef methods[] = {
    {"init", init, METH_VARARGS,
     "init(origin, loose_box, is_generated, text_object, matrix, font_size, object_font, descent, font_info): "
     "PDFium's function addresses."},
    {"runs", runs, METH_VARARGS,
     "runs(handle, texts, height, xt, contiguous): a page's runs of pieces (pdfium_page._runs)."},
    {"words", words, METH_VARARGS,
     "words(runs, bbox, check, font_flags, make_word, Word, ligatures): a page's words (PdfiumPage._words)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_pdfchars", "PDFium's characters read in C (see pdfium_page).", -1, methods,
};

PyMODINIT_FUNC
PyInit__pdfchars(void)
{
    hyphen_str = PyUnicode_InternFromString("-");
    blank_str = PyUnicode_InternFromString(" ");
    empty_str = PyUnicode_InternFromString("");
    if (hyphen_str == NULL || blank_str == NULL || empty_str == NULL)
        return NULL;
    return PyModule_Create(&module);
}
