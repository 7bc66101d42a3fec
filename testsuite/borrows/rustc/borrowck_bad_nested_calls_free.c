#include <ownck.h>
#include <stdlib.h>

/* Mirrors rust-lang/rust tests/ui/borrowck/borrowck-bad-nested-calls-free.rs.
 * Adapted: Box<usize> is an OWNED malloc'd value; rewrite(&mut Box<usize>)
 * takes a BORROW_MUT pointer to the owning slot (annotations.md 7.34: it may
 * release the old box and store a new one); add(&usize, usize) takes a
 * BORROW. `add(&*a, rewrite(&mut a))` borrows *a shared for the whole call,
 * and the nested call borrows the slot a exclusively while that shared loan
 * is live. Same verdict: E0502 (borrow-conflict) at `&a`, in both
 * functions (implicit and explicit differ only in Rust's auto-deref). */

size_t rewrite(BORROW_MUT size_t **v);
size_t add(BORROW const size_t *v, size_t w);

void implicit(void)
{
    OWNED size_t *a = malloc(sizeof *a);
    if (!a)
        return;
    *a = 1;
    add(a,
        rewrite(&a));               // expect: borrow-conflict
    free(a);
}

void explicit(void)
{
    OWNED size_t *a = malloc(sizeof *a);
    if (!a)
        return;
    *a = 1;
    add(&*a,
        rewrite(&a));               // expect: borrow-conflict
    free(a);
}
