#include <stdlib.h>
#include <string.h>

/* Only the NULL side of the test is free of the loan: where the result is
 * not NULL it still borrows the string, and so does a copy of it that is
 * used later. (On an unannotated pointer the loan counts for dangling
 * only, 7.8: a release conflicts, a write through buf would not.) */

void release_where_found(char *buf)
{
    char *p = strchr(buf, '.');
    if (p)
        free(buf);                  // expect: move-while-borrowed
    if (p)
        *p = 0;
}

void copy_keeps_loan(char *buf)
{
    char *p = strchr(buf, '.');
    char *q = p;
    if (!p)
        free(buf);                  // expect: move-while-borrowed
    if (q)
        *q = 0;
}
