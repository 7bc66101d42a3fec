#include <stdlib.h>

/* Every argument is evaluated before the call: the second, only read,
 * reads the pointer while the first, released by the callee, is still
 * there (jq's lexer: jq_yyfree(yyscanner, yyscanner), the second a context
 * the allocator ignores). */

static void release_with(void *ptr, void *ctx)
{
    (void)ctx;
    free(ptr);
}

void destroy(void *scanner)
{
    release_with(scanner, scanner);
}

void destroy_owned(void)
{
    char *p = malloc(8);
    release_with(p, p);
}
