#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Casts do not change what is released. */

void const_copy(void)
{
    const char *s = strdup("const");
    if (!s)
        return;
    puts(s);
    free((void *)s);
}

void typed_views(void)
{
    void *raw = malloc(16);
    if (!raw)
        return;
    unsigned char *bytes = (unsigned char *)raw;
    bytes[0] = 1;
    free((char *)raw);
}

void stream_as_void(const char *path)
{
    void *f = fopen(path, "r");
    if (!f)
        return;
    fclose((FILE *)f);
}
