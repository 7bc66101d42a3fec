#include <dlfcn.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* ok_lent_result_kept.c's counterpart: a symbol used and dropped keeps
 * nothing; NULL from strchr leaves the string owned; a string released
 * while a pointer into it is still used is the borrow checker's error
 * (once: the pointer owns nothing the release could leave dangling twice). */
typedef int (*entry_fn)(void);

int run_plugin(const char *so)
{
    void *dlh = dlopen(so, RTLD_LAZY);  // expect-note: allocated here
    if (!dlh)
        return -1;
    entry_fn f = (entry_fn)dlsym(dlh, "entry");
    return f ? f() : -1;                // expect: leak
}

size_t prefix_len(const char *s)
{
    char *copy = strdup(s);             // expect-note: allocated here
    if (!copy)
        return 0;
    char *colon = strchr(copy, ':');
    if (!colon)
        return 0;                       // expect: leak
    size_t n = (size_t)(colon - copy);
    free(copy);
    return n;
}

char after_colon(const char *s)
{
    char *copy = strdup(s);
    if (!copy)
        return 0;
    char *colon = strchr(copy, ':');    // expect-note: shared borrow
    free(copy);                         // expect: move-while-borrowed
    return colon ? colon[1] : 0;        // expect-note: later used here
}
