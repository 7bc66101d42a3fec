#include <stdlib.h>

/* gnulib's growth idiom (vasnprintf, u-casemap): 'result' starts as NULL
 * or the caller's 'resultbuf' and later holds memory allocated here. The
 * first assignment makes result and resultbuf one alias class, and the
 * loop's join keeps them so; but fresh memory never equals the caller's
 * buffer, so where result == resultbuf, result owns nothing. */
char *grow(int fresh, char *resultbuf, const char *s)
{
    char *result = fresh ? NULL : resultbuf;
    size_t allocated = 0, length = 0;
    for (; *s; s++) {
        if (length == allocated) {
            char *mem;
            allocated = allocated * 2 + 16;
            if (result == NULL)
                mem = malloc(allocated);
            else if (result == resultbuf)
                mem = malloc(allocated);
            else
                mem = realloc(result, allocated);
            if (mem == NULL)
                goto fail;
            result = mem;
        }
        result[length++] = *s;
    }
    return result;
fail:
    if (result != resultbuf)
        free(result);
    return NULL;
}

/* The same with the comparison written the other way round. */
char *grow_reversed(char *resultbuf, const char *s)
{
    char *result = resultbuf;
    size_t allocated = 16, length = 0;
    for (; *s; s++) {
        if (length == allocated) {
            allocated *= 2;
            char *mem = resultbuf == result ? malloc(allocated) : realloc(result, allocated);
            if (!mem) {
                if (resultbuf != result)
                    free(result);
                return NULL;
            }
            result = mem;
        }
        result[length++] = *s;
    }
    return result;
}

void emit(const char *s);

/* A pointer into a copy made here is not the caller's pointer either: where
 * ptr == data, the copy was never made (curl's and mosquitto's shape). */
void rewrite(const char *data, size_t off)
{
    char *copy = NULL;
    const char *ptr = data + off;
    if (*ptr == ';') {
        copy = malloc(off + 2);
        if (!copy)
            return;
        copy[off] = ':';
        ptr = &copy[off];
    }
    if (ptr != data) {
        emit(ptr);
        free(copy);
    }
}
