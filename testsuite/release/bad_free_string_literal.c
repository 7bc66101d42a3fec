#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Releasing a string literal, directly or through a local pointer. */

void free_literal(void)
{
    free("abc");                            // expect: free-non-heap
}

void free_literal_pointer(void)
{
    char *s = "lit";
    puts(s);
    free(s);                                // expect: free-non-heap
}

void free_const_literal(int loud)
{
    const char *msg = loud ? "LOUD" : "quiet";
    puts(msg);
    free((void *)msg);                      // expect: free-non-heap
}
