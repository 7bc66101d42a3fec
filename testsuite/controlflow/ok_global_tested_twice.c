#include <stdio.h>
#include <stdlib.h>

/* A global of the user's tested twice, with only the system's functions
 * called in between, has one value at both tests (7.36): the system's
 * functions know none of the user's globals. wget's getftp opens fp only
 * when (!output_stream || list) and closes it under the same condition. */

FILE *output_stream;
int verbose;
static int cached;

int get(const char *name, int list, int fail)
{
    FILE *fp;
    if (!output_stream || list) {
        fp = fopen(name, "wb");
        if (!fp)
            return -1;
    } else
        fp = output_stream;
    if (fail)
        goto exit_error;
    fputs("data", fp);
    if (!output_stream || list)
        fclose(fp);
    return 0;
exit_error:
    if (fp && (!output_stream || list))
        fclose(fp);
    return -2;
}

void report(const char *what)
{
    char *line = NULL;
    if (verbose)
        line = malloc(80);
    printf("%s\n", what);
    if (verbose) {
        snprintf(line, 80, "done: %s", what);
        puts(line);
        free(line);
    }
}

int lookup(int key)
{
    static int seen;
    char *scratch = malloc(16);
    if (seen || cached)
        free(scratch);
    if (seen || cached)
        return key;
    seen = 1;
    free(scratch);
    return 0;
}
