#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>

/* An OWNED parameter consumed on some paths only. */

void queue_push(OWNED char *m);

int store(OWNED char *s, int mode)
{
    if (mode < 0)
        return -1;                          // expect: leak
    queue_push(s);
    return 0;
}

void close_if_asked(OWNED FILE *f, int close_it)
{
    if (close_it)
        fclose(f);
}                                           // expect: leak
