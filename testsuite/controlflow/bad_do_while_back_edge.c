#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* do/while: the body runs again after a release or a move. */

int more(void);
int acked(void);
void queue_push(OWNED char *msg);

void flush_and_close(const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return;
    fputs("data\n", f);
    do {
        fclose(f);                      // expect: double-free
    } while (more());
}

void send_until_acked(void)
{
    OWNED char *msg = strdup("ping");
    if (!msg)
        return;
    do {
        queue_push(msg);                // expect: use-after-move
    } while (!acked());
}
