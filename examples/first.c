#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct msg { OWNED char *text; };

/* Takes ownership of m: the caller must not touch it afterwards. */
void outbox_push(OWNED struct msg *m);

void send_greeting(void)
{
    OWNED struct msg *m = malloc(sizeof *m);
    if (!m)
        return;
    m->text = strdup("hello");
    outbox_push(m);                 /* m moves into the outbox here */
    if (strlen(m->text) > 3)        /* BUG: m was moved */
        puts("long greeting");
}
