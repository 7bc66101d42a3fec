#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A string from strdup released with fclose. */

void closed_string(const char *s)
{
    void *copy = strdup(s);
    if (!copy)
        return;
    fclose(copy);                           // expect: mismatched-release
}

void closed_through_cast(const char *s)
{
    char *name = strndup(s, 8);
    if (!name)
        return;
    puts(name);
    fclose((FILE *)name);                   // expect: mismatched-release
}
