#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* From sqlite's shell: a checker that does not return when its argument is
 * NULL (inferred from its body), and a function that never returns. After
 * `p = realloc(p, n); check_oom(p);` nothing is lost when realloc fails: the
 * program stops right there. */
static void out_of_memory(void)
{
    fputs("out of memory\n", stderr);
    exit(1);
}

static void check_oom(void *p)
{
    if (p == 0)
        out_of_memory();
}

char *read_all(FILE *in)
{
    char *buf = NULL;
    size_t n = 0, cap = 0;
    int c;
    while ((c = fgetc(in)) != EOF) {
        if (n + 1 >= cap) {
            cap = cap * 2 + 64;
            buf = realloc(buf, cap);
            check_oom(buf);
        }
        buf[n++] = (char)c;
    }
    if (buf)
        buf[n] = 0;
    return buf;
}

void copy_name(const char *name)
{
    char *copy = strdup(name);
    check_oom(copy);
    puts(copy);
    free(copy);
}

void fail_hard(char *p)
{
    if (!p)
        out_of_memory();
    p[0] = 0;
}
