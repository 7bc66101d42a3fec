#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Releasing the address of a global or static object. */

int g_count;
char g_table[32];

void free_global_int(void)
{
    g_count++;
    free(&g_count);                         // expect: free-non-heap
}

void free_global_array(void)
{
    g_table[0] = 'g';
    free(g_table);                          // expect: free-non-heap
}

void free_static_local(void)
{
    static int calls;
    calls++;
    free(&calls);                           // expect: free-non-heap
}
