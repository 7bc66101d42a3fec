#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* A shared borrow made before the loop and used in every iteration is live
 * around the back edge, so an exclusive borrow anywhere in the body
 * conflicts with it, even after its use in the same iteration
 * (rustc: borrowck-lend-flow-loop's while_aliased_mut_cond). */

size_t str_len(BORROW const char *s);
void str_upper(BORROW_MUT char *s);

size_t read_and_write_in_loop(int n)
{
    OWNED char *p = strdup("abc");
    if (!p)
        return 0;
    BORROW const char *r = p;
    size_t total = 0;
    for (int i = 0; i < n; i++) {
        total += str_len(r);        // expect-note: in a later iteration of the loop
        str_upper(p);               // expect: borrow-conflict
    }
    free(p);
    return total;
}
