#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Passing freed memory to libc functions the model marks as borrowing. */

size_t len_after_free(void)
{
    char *s = strdup("abc");
    if (!s)
        return 0;
    free(s);
    return strlen(s);                   // expect: use-after-free
}

void print_after_free(void)
{
    char *s = strdup("abc");
    if (!s)
        return;
    free(s);
    printf("%s\n", s);                  // expect: use-after-free
}

void copy_into_freed(const char *src)
{
    char *dst = malloc(8);
    if (!dst)
        return;
    free(dst);
    memcpy(dst, src, 4);                // expect: use-after-free
}
