#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 7.13, 7.39: an OWNED result that nobody keeps leaks at the call. */

OWNED char *make_name(void);

void statement_call(void)
{
    make_name();                            // expect: leak
}

void void_cast(void)
{
    (void)make_name();                      // expect: leak
}

void bare_malloc(void)
{
    malloc(8);                              // expect: leak
}

void bare_strdup(const char *s)
{
    strdup(s);                              // expect: leak
}

void bare_fopen(const char *path)
{
    fopen(path, "r");                       // expect: leak
}

void borrowed_temporary(void)
{
    puts(make_name());                      // expect: leak
}
