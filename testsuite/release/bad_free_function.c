#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Releasing the address of a function. */

static void handler(void)
{
    puts("handled");
}

void free_function(void)
{
    handler();
    free((void *)handler);                  // expect: free-non-heap
}

void free_function_pointer(void)
{
    void (*fp)(void) = handler;
    fp();
    free((void *)fp);                       // expect: free-non-heap
}
