#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Assigning NULL to an owner that still owns a value is an overwrite (7.18
 * for an OWNED field this function filled). */

struct holder {
    OWNED char *text;
};

void reset_without_free(void)
{
    char *p = strdup("x");
    if (!p)
        return;
    puts(p);
    p = NULL;                               // expect: leak
    free(p);
}

void clear_field_without_free(void)
{
    struct holder h = { NULL };
    h.text = strdup("field");
    if (!h.text)
        return;
    puts(h.text);
    h.text = NULL;                          // expect: leak
}
