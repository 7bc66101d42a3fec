#include <stdlib.h>
#include <string.h>

char *pick(char *buf);

/* ok_pointer_comparison_tested_again.c, but between the two tests one of
 * the pointers is assigned, or the second test compares another pair: the
 * first test's answer no longer holds. */
char *ensure(char *resultbuf, char *result, size_t length, size_t need)
{
    char *mem;
    if (result == resultbuf || result == NULL)
        mem = malloc(need);
    else
        mem = realloc(result, need);            // expect-note: released here
    if (mem == NULL)
        return NULL;
    resultbuf = pick(resultbuf);
    if (result == resultbuf && length > 0)
        memcpy(mem, result, length);            // expect: use-after-free
    return mem;
}

char *ensure_other(char *resultbuf, char *other, char *result, size_t length, size_t need)
{
    char *mem;
    if (result == resultbuf || result == NULL)
        mem = malloc(need);
    else
        mem = realloc(result, need);            // expect-note: released here
    if (mem == NULL)
        return NULL;
    if (result == other && length > 0)
        memcpy(mem, result, length);            // expect: use-after-free
    return mem;
}
