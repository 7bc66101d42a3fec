#include <stdio.h>

/* return-local-ref: the address is taken back on one path only; the other
 * returns with it still stored. */

struct db { long *bytes_freed; };
static int *last_seen;

int count_freed(struct db *db, int fail)
{
    long n = 0;                         // expect-note: 'n' is declared here
    db->bytes_freed = &n;               // expect: return-local-ref
    if (fail)
        return -1;                      // expect-note: the function returns here with the address still in 'db->bytes_freed'
    db->bytes_freed = NULL;
    return (int)n;
}

void remember(int v)
{
    int copy = v;                       // expect-note: 'copy' is declared here
    last_seen = &copy;                  // expect: return-local-ref
    printf("%d\n", *last_seen);         /* printf cannot reset a global of this program */
}                                       // expect-note: the function returns here
