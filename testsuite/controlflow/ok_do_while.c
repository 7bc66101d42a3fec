#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* do/while: the body runs at least once; releases happen once per value. */

int more(void);
void queue_push(OWNED char *msg);

void each_round_alloc(void)
{
    do {
        char *p = strdup("round");
        if (!p)
            return;
        puts(p);
        free(p);
    } while (more());
}

void close_once_after_loop(const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return;
    do {
        fputs("tick\n", f);
    } while (more());
    fclose(f);
}

void move_then_reassign(void)
{
    OWNED char *msg = strdup("ping");
    if (!msg)
        return;
    do {
        queue_push(msg);
        msg = strdup("again");
    } while (msg != NULL && more());
    free(msg);
}
