#include <ownck.h>
#include <stdio.h>

/* The outer pointer is assigned something else before its next use: the
 * borrow of the block's local is dead when the block ends (NLL). */
static const char g_default[] = "default";

void show(int c)
{
    int outer = 1;
    const int *p = NULL;
    {
        int x = c;
        p = &x;
        printf("%d\n", *p);
    }
    p = &outer;
    printf("%d\n", *p);
}

void label(int n)
{
    const char *s = g_default;
    for (int i = 0; i < n; i++) {
        char tmp[8];
        snprintf(tmp, sizeof tmp, "%d", i);
        s = tmp;
        puts(s);
        s = g_default;
    }
    puts(s);
}
