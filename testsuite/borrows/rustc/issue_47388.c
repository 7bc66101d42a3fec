#include <ownck.h>
#include <stdio.h>

/* Mirrors rust-lang/rust tests/ui/nll/issue-47388.rs.
 * Adapted: `let fancy_ref = &(&mut fancy);` is a BORROW_MUT variable m = &fancy
 * and a BORROW pointer to it; `fancy_ref.num = 6` writes through both.
 * Same verdict: E0594 (write-through-shared): the exclusive borrow is
 * reached through a shared one, so the place is not writable. */

struct fancy_num { unsigned char num; };

int main(void)
{
    struct fancy_num fancy = { 5 };
    BORROW_MUT struct fancy_num *m = &fancy;
    BORROW struct fancy_num *const *fancy_ref = &m;
    (*fancy_ref)->num = 6;          // expect: write-through-shared
    printf("%d\n", (*fancy_ref)->num);
    return 0;
}
