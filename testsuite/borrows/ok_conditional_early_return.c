#include <ownck.h>
#include <stddef.h>

/* A borrow whose every later use lies on a path that returns early is dead
 * on the path that continues (NLL problem case #2's shape). */

struct vec { int *data; size_t len; size_t cap; };

BORROW_MUT int *vec_find(BORROW_MUT struct vec *v, int key);
void vec_push(BORROW_MUT struct vec *v, int x);

void increment_or_insert(BORROW_MUT struct vec *v, int key)
{
    BORROW_MUT int *slot = vec_find(v, key);
    if (slot) {
        *slot += 1;
        return;
    }
    vec_push(v, key);               /* slot is dead here */
}
