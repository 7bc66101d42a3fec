#include <ownck.h>
#include <stdio.h>

/* A borrow of a block's local stored in an outer variable is fine when its
 * last use is inside the block. */
void print_if(int c)
{
    const int *p = NULL;
    if (c) {
        int x = c * 2;
        p = &x;
        printf("%d\n", *p);
    }
}

void print_each(int n)
{
    const char *cur = NULL;
    for (int i = 0; i < n; i++) {
        char name[16];
        snprintf(name, sizeof name, "item%d", i);
        cur = name;
        puts(cur);
    }
}
