#include <ownck.h>
#include <stdio.h>

/* A pointer to a block's local used only inside the block, or reassigned
 * before the block ends, is fine. */
void inside(void)
{
    int *p = NULL;
    {
        int x = 5;
        p = &x;
        printf("%d\n", *p);
    }
}

void reset_before_use(int n)
{
    const char *last = "none";
    for (int i = 0; i < n; i++) {
        char name[8];
        snprintf(name, sizeof name, "%d", i);
        puts(name);
    }
    puts(last);
}

void outer_lives(void)
{
    int x = 1;
    int *p = &x;
    {
        int y = 2;
        *p += y;
    }
    printf("%d\n", *p);
}
