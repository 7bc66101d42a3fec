#include <ownck.h>
#include <stdlib.h>

/* restrict parameters act as BORROW_MUT for aliasing: passing the same
 * object to two non-const restrict parameters is a mut-borrow-conflict,
 * in unannotated code too (annotations.md 3, 7.22). An alias (7.8) counts
 * as the same object (7.41). */

void swap_bytes(char *restrict a, char *restrict b, size_t n);

void same_buffer(char *buf, size_t n)
{
    swap_bytes(buf,
               buf, n);             // expect: mut-borrow-conflict
}

void through_alias(size_t n)
{
    char *buf = malloc(n);
    if (!buf)
        return;
    char *alias = buf;
    swap_bytes(buf, alias, n);      // expect: mut-borrow-conflict
    free(buf);
}
