#include <ownck.h>
#include <stdio.h>

/* borrow-outlives-owner (E0597): a block's local is pointed to from outside
 * the block and used after it ends. */
void after_block(void)
{
    int *p = NULL;
    {
        int x = 5;
        p = &x;                         // expect: borrow-outlives-owner
    }                                   // expect-note: goes out of scope
    printf("%d\n", *p);                 // expect-note: used here
}

void after_loop_body(int n)
{
    const char *last = NULL;
    for (int i = 0; i < n; i++) {
        char name[8];
        snprintf(name, sizeof name, "%d", i);
        last = name;                    // expect: borrow-outlives-owner
    }
    if (last)
        puts(last);
}
