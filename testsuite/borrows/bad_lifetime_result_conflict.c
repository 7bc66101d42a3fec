#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* A result tied to an argument by LIFETIME (strchr, strstr in the libc
 * model) keeps that argument borrowed while the result is used: writing
 * into the string meanwhile is a borrow-conflict. */

void log_str(BORROW const char *s);

void find_then_overwrite(void)
{
    OWNED char *p = strdup("key=value");
    if (!p)
        return;
    BORROW const char *eq = strchr(p, '=');
    strcpy(p, "x");                 // expect: borrow-conflict
    if (eq)
        log_str(eq);
    free(p);
}

void find_then_fill(BORROW_MUT char *hay)
{
    BORROW const char *hit = strstr(hay, "needle");
    memset(hay, 0, 4);              // expect: borrow-conflict
    log_str(hit);
}
