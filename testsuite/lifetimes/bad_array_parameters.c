#include <stdlib.h>

/* An array parameter is a pointer variable of the callee: its own address
 * is a local's, and what it points to is released like any pointer's. */

char **slot_of(char buffer[8])
{
    return &buffer;                     // expect: return-local-ref
}

void write_after_release(char buffer[])
{
    free(buffer);
    buffer[0] = 0;                      // expect: use-after-free
}

void release_twice(char *names[], int n)
{
    free(names);
    if (n > 1)
        free(names);                    // expect: double-free
}

const char *local_array(void)
{
    char local[4] = "abc";
    return local;                       // expect: return-local-ref
}
