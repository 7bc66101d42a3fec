#include <stdlib.h>

/* ok_gnu_conditional_omitted_operand.c's counterpart: when given is
 * non-NULL, p is given, and fresh is lost. */
void release_one(char *given)
{
    char *fresh = malloc(4);            // expect-note: allocated here
    char *p = given ?: fresh;
    free(p);
}                                       // expect: leak
