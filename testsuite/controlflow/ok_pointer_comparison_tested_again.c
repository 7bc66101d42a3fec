#include <stdlib.h>
#include <string.h>

/* One comparison of two pointers, tested twice while neither is assigned,
 * has one value (7.36): gnulib vasnprintf's ENSURE_ALLOCATION reallocates
 * 'result' only where it is not the caller's buffer, and copies out of
 * 'result' only where it is. */
char *ensure(char *resultbuf, char *result, size_t length, size_t need)
{
    char *mem;
    if (result == resultbuf || result == NULL)
        mem = malloc(need);
    else
        mem = realloc(result, need);
    if (mem == NULL)
        return NULL;
    if (result == resultbuf && length > 0)
        memcpy(mem, result, length);
    return mem;
}

/* The second test written the other way round, and with != . */
char *ensure_reversed(char *resultbuf, char *result, size_t length, size_t need)
{
    char *mem = result != resultbuf ? realloc(result, need) : malloc(need);
    if (mem == NULL)
        return NULL;
    if (!(resultbuf != result) && length > 0)
        memcpy(mem, result, length);
    else if (resultbuf == result)
        memcpy(mem, resultbuf, 1);
    return mem;
}

int put(char *dst, int c, size_t room);

/* vasnprintf's failure path: a failed realloc leaves 'result' owned here, and
 * the test at 'fail' frees it only where it is not the caller's buffer. */
char *grow(char *resultbuf, size_t *lengthp, const char *s)
{
    char *result = resultbuf;
    size_t allocated = resultbuf ? *lengthp : 0, length = 0;
    for (; *s; s++) {
        int ret = put(result + length, *s, allocated - length);
        if (ret == -2) {
            char *mem;
            allocated = allocated * 2 + 16;
            if (result == NULL)
                mem = malloc(allocated);
            else if (result == resultbuf) {
                mem = malloc(allocated);
                if (mem)
                    memcpy(mem, resultbuf, length);
            } else
                mem = realloc(result, allocated);
            if (mem == NULL)
                goto fail;
            result = mem;
            ret = put(result + length, *s, allocated - length);
        }
        length += ret;
    }
    *lengthp = length;
    return result;
fail:
    if (result != resultbuf)
        free(result);
    return NULL;
}
