#include <ownck.h>
#include <stdio.h>

/* Borrowing an outer local from an inner block, and using the borrow after
 * the block: the owner is still in scope. */
int accumulate(int n)
{
    int total = 0;
    int *t = NULL;
    for (int i = 0; i < n; i++) {
        t = &total;
        *t += i;
    }
    if (t)
        printf("%d\n", *t);
    return total;
}

void fill(void)
{
    char line[32] = "abcdef";
    char *end = line;
    {
        int k = 3;
        end = line + k;
    }
    *end = '\0';
    puts(line);
}
