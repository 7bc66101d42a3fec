#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ok_flags_tested_in_turn.c with the last test the wrong way round: the
 * stream opened when the path is not "-" is never closed. The flags tested
 * in between are forgotten after their last tests; the one still to be
 * tested is not, and the leak is on the path that opened the file. */

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
    if (use_stdin)                      /* the wrong way round */
        fclose(file);
    return 0;                           // expect: leak
}
