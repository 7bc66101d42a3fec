#include <stdlib.h>

/* ok_search_loop_not_found.c's other side: the not-found path that drops
 * the block leaks it; and a loop that does not count from 0 can end past n
 * (start > n), where neither store happens. */

int add_drops(char **slots, size_t n)
{
    size_t i;
    char *s = malloc(8);
    if (!s)
        return 1;
    for (i = 0; i < n; i++) {
        if (!slots[i]) {
            slots[i] = s;
            break;
        }
    }
    if (i == n)
        return 2;                           // expect: leak
    return 0;
}

int add_from(char **slots, size_t start, size_t n, char **spare)
{
    size_t i;
    char *s = malloc(8);
    if (!s)
        return 1;
    for (i = start; i < n; i++) {
        if (!slots[i]) {
            slots[i] = s;
            break;
        }
    }
    if (i == n)
        *spare = s;
    return 0;                               // expect: leak
}
