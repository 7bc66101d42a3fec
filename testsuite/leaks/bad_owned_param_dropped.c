#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>

/* An OWNED parameter that is neither released nor moved leaks at the end. */

void log_and_drop(OWNED char *msg)
{
    puts(msg);
}                                           // expect: leak

void ignore(OWNED char *unused)
{
}                                           // expect: leak

int peek(OWNED FILE *f)
{
    if (!f)
        return -1;
    return fgetc(f);                        // expect: leak
}
