#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* OWNED parameters released, moved or returned exactly once on every path. */

void queue_push(OWNED char *m);

void release_it(OWNED char *s)
{
    free(s);
}

void forward_it(OWNED char *s)
{
    queue_push(s);
}

int check_then_release(OWNED char *s)
{
    if (s == NULL)
        return -1;
    if (s[0] == '\0') {
        free(s);
        return 0;
    }
    puts(s);
    free(s);
    return 1;
}

OWNED char *give_back(OWNED char *s)
{
    if (s)
        s[0] = 'X';
    return s;
}

void closes_stream(OWNED FILE *f)
{
    if (!f)
        return;
    fputs("bye\n", f);
    fclose(f);
}
