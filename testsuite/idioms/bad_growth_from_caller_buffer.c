#include <stdlib.h>

/* ok_growth_from_caller_buffer.c with one thing wrong each: the memory
 * allocated here is never freed on the failure path, freed only where
 * result is the caller's buffer, or freed only where the pointer into the
 * copy is the caller's. */
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
                mem = malloc(allocated);        // expect-note: allocated here
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
    return NULL;                                // expect: leak
}

char *grow_reversed(char *resultbuf, const char *s)
{
    char *result = resultbuf;
    size_t allocated = 16, length = 0;
    for (; *s; s++) {
        if (length == allocated) {
            allocated *= 2;
            char *mem = resultbuf == result ? malloc(allocated) : realloc(result, allocated);   // expect-note: allocated here
            if (!mem) {
                if (resultbuf == result)
                    free(result);
                return NULL;                    // expect: leak
            }
            result = mem;
        }
        result[length++] = *s;
    }
    return result;
}

void emit(const char *s);

void rewrite(const char *data, size_t off)
{
    char *copy = NULL;
    const char *ptr = data + off;
    if (*ptr == ';') {
        copy = malloc(off + 2);                 // expect-note: allocated here
        if (!copy)
            return;
        copy[off] = ':';
        ptr = &copy[off];
    }
    if (ptr == data) {
        emit(ptr);
        free(copy);
    }
}                                               // expect: leak
