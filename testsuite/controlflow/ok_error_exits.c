#include <error.h>
#include <stdlib.h>
#include <string.h>

/* glibc's error() and error_at_line() exit when their status is not zero
 * (procps' xerrx(EXIT_FAILURE, ...) is error(EXIT_FAILURE, 0, ...)):
 * nothing after them runs (procps' pmap.c). */
void range_arguments(const char *optarg)
{
    char *buf = strdup(optarg);
    if (buf == NULL)
        error(EXIT_FAILURE, 0, "failed to parse argument");
    if (strchr(buf, ',') == NULL) {
        free(buf);
        error(EXIT_FAILURE, 0, "no comma");
    }
    free(buf);
}

void checked(const char *file, int line, char *p)
{
    if (!p) {
        error_at_line(2, 0, file, line, "nothing");
    }
    free(p);
}
