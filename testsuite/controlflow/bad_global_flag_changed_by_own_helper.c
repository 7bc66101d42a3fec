#include <stdlib.h>

/* A function of the program's own that may change the flag: it assigns a
 * global, stores through a pointer, calls through a function pointer, or
 * calls one that does. The two tests are unrelated across it (7.36). */

static int opt_exact;
static int calls;

static int counted(int x) { calls++; return x; }
static void set_flag(int *p) { *p = 0; }
static int (*hook)(int);
static int hooked(int x) { return hook ? hook(x) : x; }
static int outer(int x) { return counted(x) + 1; }

void by_global_store(char *dflt, int n)
{
    char *re = dflt;
    if (opt_exact)
        re = malloc(16);
    n = counted(n);
    if (opt_exact)
        free(re);
}                                  // expect: leak

void by_pointer(char *dflt)
{
    char *re = dflt;
    if (opt_exact)
        re = malloc(16);
    set_flag(&opt_exact);
    if (opt_exact)
        free(re);
}                                  // expect: leak

void by_hook(char *dflt, int n)
{
    char *re = dflt;
    if (opt_exact)
        re = malloc(16);
    n = hooked(n);
    if (opt_exact)
        free(re);
}                                  // expect: leak

void by_callee_of_callee(char *dflt, int n)
{
    char *re = dflt;
    if (opt_exact)
        re = malloc(16);
    n = outer(n);
    if (opt_exact)
        free(re);
}                                  // expect: leak
