#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* Unannotated pointer variables are aliases: they create no loan and take no
 * part in exclusivity (annotations.md 7.8), so writing through the owner
 * while an alias is still used later is not a borrow conflict. A BORROW
 * made from the alias is a loan, which ends at its last use. */

void str_upper(BORROW_MUT char *s);
void log_str(BORROW const char *s);

size_t alias_then_mutate(void)
{
    OWNED char *p = strdup("abc");
    if (!p)
        return 0;
    char *alias = p;
    BORROW const char *r = p;
    log_str(r);                     /* last use of r */
    str_upper(p);                   /* fine */
    p[0] = 'x';
    size_t n = strlen(alias);
    free(p);
    return n;
}

/* `&x` stored into an unannotated pointer is an unchecked loan (7.8): it
 * does not conflict with a BORROW_MUT of x (rustc's borrow checker likewise
 * ignores raw pointers). */
int raw_address_and_exclusive(void)
{
    int x = 0;
    int *raw = &x;
    BORROW_MUT int *w = &x;
    *w = 1;
    *raw = 2;
    *w += 1;
    return x;
}
