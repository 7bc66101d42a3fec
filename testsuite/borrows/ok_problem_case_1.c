#include <ownck.h>
#include <stddef.h>

/* NLL problem case #1 (references assigned into a variable): the exclusive
 * borrow held by `slice` ends at its last use, so the owner may be used
 * directly afterwards although `slice` is still in scope. */

struct vec { char *data; size_t len; size_t cap; };

void capitalize(BORROW_MUT struct vec *v);
void vec_push(BORROW_MUT struct vec *v, char c);

void problem_case_1(void)
{
    struct vec data = { 0 };
    vec_push(&data, 'a');
    BORROW_MUT struct vec *slice = &data;
    capitalize(slice);              /* last use of slice */
    vec_push(&data, 'd');           /* fine */
    vec_push(&data, 'e');
}
