#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* Annotated OWNED values: a use after the release. */

void log_str(BORROW const char *s);

void borrow_after_free(void)
{
    OWNED char *name = strdup("name");
    if (!name)
        return;
    free(name);
    log_str(name);                      // expect: use-after-free
}

void owned_param_freed_then_used(OWNED char *buf)
{
    if (!buf)
        return;
    free(buf);
    buf[0] = '\0';                      // expect: use-after-free
}
