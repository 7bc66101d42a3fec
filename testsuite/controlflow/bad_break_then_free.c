#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* break leaves the loop with the value already released. */

int done(void);

void release_in_loop(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    for (;;) {
        if (done()) {
            free(p);
            break;
        }
        p[0] = 'x';
    }
    free(p);                            // expect: double-free
}

int first_digit(BORROW const char *s)
{
    char *copy = strdup(s);
    if (!copy)
        return -1;
    for (size_t i = 0; copy[i] != '\0'; i++) {
        if (copy[i] >= '0' && copy[i] <= '9') {
            int d = copy[i] - '0';
            free(copy);
            return d;
        }
        if (copy[i] == ';') {
            free(copy);
            break;                      /* should have returned */
        }
    }
    free(copy);                         // expect: double-free
    return -1;
}
