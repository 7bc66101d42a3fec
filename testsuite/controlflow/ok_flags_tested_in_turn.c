#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A long function that tests many flags, each twice and in its own part
 * (an option parser's shape: curl's getparameter), and keeps one
 * correlation to the end: the stream is closed exactly when it was opened.
 * Each flag keeps its two sides' states apart (a copy made or not, then
 * freed or not), so together they make 2^6 valuations, past the sixteen a
 * state holds, and the first correlation was lost. But a flag no branch
 * tests any more keeps nothing apart: it is forgotten after its last test,
 * and the valuations never pile up. */

int parse(const char *path, int verbose, int quiet, int color, int strict, int dry_run, int *out)
{
    int use_stdin = !strcmp(path, "-");
    FILE *file = use_stdin ? stdin : fopen(path, "r");
    if (!file)
        return -1;
    char *a = NULL, *b = NULL, *c = NULL, *d = NULL, *e = NULL;
    if (verbose)
        a = strdup(path);
    if (verbose)
        free(a);
    if (quiet)
        b = strdup(path);
    if (quiet)
        free(b);
    if (color)
        c = strdup(path);
    if (color)
        free(c);
    if (strict)
        d = strdup(path);
    if (strict)
        free(d);
    if (dry_run)
        e = strdup(path);
    if (dry_run)
        free(e);
    *out = getc(file);
    if (!use_stdin)
        fclose(file);
    return 0;
}
