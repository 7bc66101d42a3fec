#include <stdlib.h>

/* ok_enum_constant_left_operand.c's counterpart: two constants, two
 * conditions. */
enum mode { READ, WRITE };

void f(enum mode m)
{
    char *p = NULL;
    if (WRITE == m)
        p = malloc(8);                  // expect-note: allocated here
    if (READ == m)
        free(p);
}                                       // expect: leak
