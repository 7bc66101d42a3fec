#include <ownck.h>
#include <string.h>

/* A pointer to the end of a search (memchr's result borrows *k) that is
 * only compared afterwards: comparing a pointer reads its value, not what
 * it points to (7.11), so the writes through k before each comparison do
 * not conflict with it (lighttpd's h2.c lower-cases a header name up to
 * its ':' in place). */
void lower_names(char *ptr, const unsigned short *hoff, int n)
{
    for (int i = 1; i < n; ++i) {
        char *k = ptr + hoff[i];
        const char *const colon = memchr(k, ':', hoff[i + 1] - hoff[i]);
        if (NULL == colon)
            continue;
        do {
            if (*k >= 'A' && *k <= 'Z')
                *k |= 0x20;
        } while (++k != colon);
    }
}

/* Read through after the writes: unannotated pointers are aliases, which
 * take no part in exclusivity (7.8), only in dangling checks; writing
 * through k while colon, memchr's result, is read later is C's in-place
 * editing, as git's transport-helper.c splits a line with strchr. */
void lower_names_checked(char *ptr, const unsigned short *hoff, int n)
{
    for (int i = 1; i < n; ++i) {
        char *k = ptr + hoff[i];
        const char *const colon = memchr(k, ':', hoff[i + 1] - hoff[i]);
        if (NULL == colon)
            continue;
        do {
            if (*k >= 'A' && *k <= 'Z')
                *k |= 0x20;
        } while (++k != colon && *colon == ':');
    }
}

void split(char *buf)
{
    char *eov = strchr(buf, ' ');
    char *eon;
    if (!eov)
        return;
    eon = strchr(eov + 1, ' ');
    *eov = '\0';
    if (eon)
        *eon = '\0';
}

/* The same with annotated borrows, and a null test as the only later use. */
BORROW const char *find(BORROW const char *s, int c);
void set(BORROW_MUT char *p, char c);

int mark(BORROW_MUT char *buf)
{
    const char *end = find(buf, ';');
    set(buf, '#');
    if (end == NULL)
        return 0;
    set(buf, '!');
    return end != buf;
}
