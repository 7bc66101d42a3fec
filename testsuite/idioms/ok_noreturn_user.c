#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Functions declared _Noreturn or __attribute__((noreturn)) end the path
 * with nothing leaked. */

_Noreturn void die(const char *msg);
__attribute__((noreturn)) void fatal(int code);

static _Noreturn void oom(void)
{
    fputs("out of memory\n", stderr);
    abort();
}

void prepare(int bad)
{
    char *a = malloc(8);
    if (!a)
        oom();
    char *b = malloc(8);
    if (!b)
        die("second allocation");
    a[0] = b[0] = 'x';
    if (bad)
        fatal(3);
    free(b);
    free(a);
}

FILE *open_or_die(const char *path)
{
    char *name = strdup(path);
    if (!name)
        oom();
    FILE *f = fopen(name, "r");
    if (!f)
        die("cannot open");
    free(name);
    return f;
}
