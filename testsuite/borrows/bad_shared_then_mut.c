#include <ownck.h>
#include <stdlib.h>

/* borrow-conflict (E0502): an exclusive borrow while a shared one is live.
 * The primary location is the second (exclusive) borrow; the notes point at
 * the shared borrow and at its later use. */

size_t str_len(BORROW const char *s);
void str_upper(BORROW_MUT char *s);

void conflict(void)
{
    OWNED char *s = malloc(8);
    if (!s)
        return;
    s[0] = '\0';
    BORROW const char *r = s;       // expect-note: borrow of
    str_upper(s);                   // expect: borrow-conflict
    str_len(r);                     // expect-note: later used here
    free(s);
}

int conflict_int(void)
{
    int x = 1;
    BORROW const int *r = &x;
    BORROW_MUT int *w = &x;         // expect: borrow-conflict
    *w = 2;
    return *r;
}
