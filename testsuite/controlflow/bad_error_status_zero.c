#include <error.h>
#include <stdlib.h>
#include <string.h>

/* ok_error_exits.c, but with status 0 error() only prints and returns,
 * and a status known only at run time may be 0. */
void warn_only(const char *optarg)
{
    char *buf = strdup(optarg);
    if (!buf)
        return;
    if (strchr(buf, ',') == NULL) {
        free(buf);                              // expect-note: first released here
        error(0, 0, "no comma");
    }
    free(buf);                                  // expect: double-free
}

void status_unknown(const char *optarg, int status)
{
    char *buf = strdup(optarg);
    if (!buf)
        return;
    if (strchr(buf, ',') == NULL) {
        free(buf);                              // expect-note: first released here
        error(status, 0, "no comma");
    }
    free(buf);                                  // expect: double-free
}
