#include <ownck.h>
#include <stddef.h>

/* Two-phase borrows on a field reached through a BORROW_MUT parameter:
 * `vec_push(&o->items, vec_len(&o->items))` and shared reads of sibling
 * fields in the arguments. */

struct vec { int *data; size_t len; size_t cap; };
struct owner { struct vec items; size_t limit; };

size_t vec_len(BORROW const struct vec *v);
void vec_push(BORROW_MUT struct vec *v, size_t x);

void push_in_field(BORROW_MUT struct owner *o)
{
    vec_push(&o->items, vec_len(&o->items));
    vec_push(&o->items, o->limit);
}
