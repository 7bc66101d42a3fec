#include <stdlib.h>

/* GNU's noreturn is an attribute of the function's type: a function
 * declared through a typedef of such a type (fatal_fn die;) never returns
 * either. Its type was read by its name, fatal_fn, and die() was taken to
 * return: here, to a use of the block it had just seen released. */
typedef void fatal_fn(const char *msg) __attribute__((noreturn));
fatal_fn die;

char *make(int c)
{
    char *p = malloc(4);
    if (!p)
        die("out of memory");
    if (c) {
        free(p);
        die("bad input");
    }
    return p;
}
