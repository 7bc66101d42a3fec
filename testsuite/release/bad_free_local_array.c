#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Releasing a local array. */

void free_buffer(void)
{
    char buf[16];
    strcpy(buf, "stack");
    puts(buf);
    free(buf);                              // expect: free-non-heap
}

void free_first_element(void)
{
    int arr[4] = { 0 };
    arr[1] = 2;
    free(&arr[0]);                          // expect: free-non-heap
}
