#include <stdlib.h>

/* A search loop: for (i = 0; i < n; i++) breaks out where it finds a free
 * slot, so it ends with i < n (found) or i == n (not found; a count is never
 * negative). Whatever tests that afterwards -- i == n, i != n, i >= n, or
 * i < n again -- takes the path that matches how the loop ended, and the
 * block is stored on each (mosquitto's sub__add_shared). */

int add(char **slots, size_t n, char **spare)
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
        *spare = s;
    return 0;
}

int add_int_count(char **slots, int n, char **spare)
{
    char *s = malloc(8);
    if (!s)
        return 1;
    int i;
    for (i = 0; i < n; ++i)
        if (!slots[i]) {
            slots[i] = s;
            break;
        }
    if (i != n)
        return 0;
    *spare = s;
    return 0;
}

int add_or_free(char **slots, int n)
{
    int i;
    char *s = malloc(8);
    if (!s)
        return 1;
    for (i = 0; i < n; i += 1) {
        if (!slots[i]) {
            slots[i] = s;
            break;
        }
    }
    if (i >= n) {
        free(s);
        return -1;
    }
    return i;
}

int add_test_again(char **slots, int n)
{
    char *s = malloc(8);
    if (!s)
        return 1;
    int i = 0;
    for (i = 0; i < n; i++)
        if (!slots[i])
            break;
    if (i < n)
        slots[i] = s;
    else
        free(s);
    return 0;
}
