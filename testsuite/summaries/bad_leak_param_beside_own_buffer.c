#include <stdlib.h>
#include <string.h>

/* A helper that reads either its parameter or a buffer of its own through one
 * local, then frees its buffer, neither releases nor keeps the parameter: the
 * join of the two values in 'src' must not tie the parameter to the buffer
 * (sqlite3.c's renameEditSql). So its caller still owns what it passed. */

static size_t quoted_length(const char *name, int quote)
{
    char *buf = malloc(64);
    const char *src;
    if (!buf)
        return 0;
    if (quote) {
        strcpy(buf, "\"q\"");
        src = buf;
    } else {
        src = name;
    }
    size_t n = strlen(src);
    free(buf);
    return n;
}

size_t forgets(int quote)
{
    char *name = strdup("column");
    if (!name)
        return 0;
    return quoted_length(name, quote);   // expect: leak
}

size_t frees(int quote)
{
    char *name = strdup("column");
    if (!name)
        return 0;
    size_t n = quoted_length(name, quote);
    free(name);
    return n;
}
