#include <ownck.h>
#include <stddef.h>

/* Mirrors rust-lang/rust src/test/ui/borrowck/two-phase-sneaky.rs (the
 * path before the move of src/test/ui to tests/ui). Adapted:
 * `v[0].push_str({ v.push(format!("foo")); "World!" })` is
 * str_push(vec_at_mut(&v, 0), (vec_push(&v, "foo"), "World!")): indexing is
 * a function returning a BORROW_MUT tied to v by elision, the block a comma
 * expression. Same verdict: E0499 (mut-borrow-conflict) at the nested
 * push's borrow, since the element borrow is already active. */

struct string { char *data; size_t len; size_t cap; };
struct vec { struct string *data; size_t len; size_t cap; };

BORROW_MUT struct string *vec_at_mut(BORROW_MUT struct vec *v, size_t i);
void vec_push(BORROW_MUT struct vec *v, const char *s);
void str_push(BORROW_MUT struct string *s, const char *tail);

int main(void)
{
    struct vec v = { 0 };
    vec_push(&v, "Hello, ");
    str_push(vec_at_mut(&v, 0),
             (vec_push(&v, "foo"),  // expect: mut-borrow-conflict
              "World!"));
    return 0;
}
