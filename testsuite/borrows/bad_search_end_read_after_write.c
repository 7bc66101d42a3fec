#include <ownck.h>
#include <string.h>

/* ok_search_end_compared_only.c, but the search's result is read through
 * after the writes: a use of the borrow, which the writes conflict with. */
void lower_names(char *ptr, const unsigned short *hoff, int n)
{
    for (int i = 1; i < n; ++i) {
        char *k = ptr + hoff[i];
        const char *const colon = memchr(k, ':', hoff[i + 1] - hoff[i]);   // expect-note: borrow of '*k' occurs here
        if (NULL == colon)
            continue;
        do {
            if (*k >= 'A' && *k <= 'Z')
                *k |= 0x20;                     // expect: assign-while-borrowed
        } while (++k != colon && *colon == ':');
    }
}

BORROW const char *find(BORROW const char *s, int c);
void set(BORROW_MUT char *p, char c);

int mark(BORROW_MUT char *buf)
{
    const char *end = find(buf, ';');           // expect-note: borrow of '*buf' occurs here
    set(buf, '#');                              // expect: borrow-conflict
    if (end == NULL)
        return 0;
    return *end == ';';
}
