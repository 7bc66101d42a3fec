#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* Any number of shared borrows of one place may be live together, and the
 * owner may be read (or passed to BORROW parameters) meanwhile. After the
 * last use of all of them the owner may be borrowed exclusively, although
 * r1..r3 are still in scope. */

size_t str_len(BORROW const char *s);
int str_eq(BORROW const char *a, BORROW const char *b);
void str_upper(BORROW_MUT char *s);

size_t many_readers(void)
{
    OWNED char *s = strdup("hello");
    if (!s)
        return 0;
    BORROW const char *r1 = s;
    BORROW const char *r2 = s;
    BORROW const char *r3 = r1;
    size_t n = str_len(s);          /* the owner is read while r1..r3 live */
    n += (size_t)str_eq(r1, r2);
    n += (size_t)str_eq(s, s);      /* two shared borrows in one call */
    n += strlen(r3) + strlen(r2);   /* last uses */
    str_upper(s);                   /* fine */
    free(s);
    return n;
}

int shared_int(void)
{
    int x = 4;
    BORROW const int *a = &x;
    BORROW const int *b = &x;
    int y = x + *a + *b;            /* last uses of a and b */
    x = 0;                          /* fine */
    return x + y;
}
