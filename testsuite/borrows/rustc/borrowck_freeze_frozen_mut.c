#include <ownck.h>
#include <assert.h>
#include <stddef.h>

/* Mirrors rust-lang/rust tests/ui/borrowck/borrowck-freeze-frozen-mut.rs
 * (run-pass). Adapted: `struct MutSlice<'a, T> { data: &'a mut [T] }` is a
 * struct with a BORROW_MUT LIFETIME(a) field (plus a length); get(&'a
 * MutSlice, usize) -> &'a T takes a BORROW LIFETIME(a) and returns a BORROW
 * LIFETIME(a). Same verdict: accepted: three shared borrows of the slice
 * coexist, and data is read after the slice's last use. */

struct mut_slice { BORROW_MUT LIFETIME(a) int *data; size_t len; };

BORROW LIFETIME(a) const int *get(BORROW LIFETIME(a) const struct mut_slice *ms, size_t index);

int main(void)
{
    int data[3] = { 1, 2, 3 };
    {
        struct mut_slice slice = { data, 3 };
        slice.data[0] += 4;
        BORROW const int *index0 = get(&slice, 0);
        BORROW const int *index1 = get(&slice, 1);
        BORROW const int *index2 = get(&slice, 2);
        assert(*index0 == 5);
        assert(*index1 == 2);
        assert(*index2 == 3);
    }
    assert(data[0] == 5);
    assert(data[1] == 2);
    assert(data[2] == 3);
    return 0;
}
