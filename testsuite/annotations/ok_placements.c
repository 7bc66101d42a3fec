#include <ownck.h>
#include <stddef.h>

/* Every annotation where it belongs: nothing to report. */
typedef OWNED char *owned_str;
typedef BORROW const char *str_ref;

struct buffer {
    OWNED char *data;
    size_t len;
};

struct iter {
    BORROW LIFETIME(list) const struct buffer *list;
    size_t pos;
};

OWNED char *make(size_t n);
void release(OWNED char *p);
size_t length(BORROW const char *s);
void upper(BORROW_MUT char *s);
int create(OUT_OWNED struct buffer **out);
BORROW LIFETIME(s) const char *skip_space(BORROW LIFETIME(s) const char *s);
BORROW LIFETIME(static) const char *version(void);
BORROW LIFETIME(a) const char *longer(BORROW LIFETIME(a) const char *x, BORROW LIFETIME(a) const char *y);
void take_typedef(owned_str s);
size_t len_typedef(str_ref s);

/* The typedef's annotation, repeated, is not a conflict. */
void again(OWNED owned_str s);

/* One annotation applies to every declarator of a declaration (7.30). */
void pair(void)
{
    OWNED char *a = NULL, *b = NULL;
    BORROW const char *x = "x", *y = "y";
    (void)a; (void)b; (void)x; (void)y;
}
