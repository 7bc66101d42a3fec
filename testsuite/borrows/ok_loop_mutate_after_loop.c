#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* A shared borrow used in every iteration stays live around the loop, but
 * it is dead once the loop has exited: the owner may be mutated after it. */

size_t str_len(BORROW const char *s);
void str_upper(BORROW_MUT char *s);

size_t read_in_loop_then_write(int n)
{
    OWNED char *p = strdup("abc");
    if (!p)
        return 0;
    BORROW const char *r = p;
    size_t total = 0;
    for (int i = 0; i < n; i++)
        total += str_len(r);
    str_upper(p);                   /* fine: r is dead after the loop */
    free(p);
    return total;
}
