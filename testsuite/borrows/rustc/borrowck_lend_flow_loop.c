#include <ownck.h>
#include <stdlib.h>

/* Mirrors rust-lang/rust tests/ui/borrowck/borrowck-lend-flow-loop.rs.
 * Adapted: Box<isize> is an OWNED malloc'd int (released at the end),
 * `&*v` / `&mut *v` are passed straight to BORROW / BORROW_MUT parameters,
 * `let mut x = &mut v` is a BORROW_MUT variable. The infinite `loop`s are
 * `while (cond())` loops (a C loop with no exit would make the release
 * unreachable). loop_break_pops_scopes and loop_loop_pops_scopes need
 * generic closures and are left out. Same verdicts: two E0502
 * (borrow-conflict), the rest accepted. */

void borrow(BORROW const int *v);
void borrow_mut(BORROW_MUT int *v);
int cond(void);

void loop_overarching_alias_mut(void)
{
    OWNED int *v = malloc(sizeof *v);
    if (!v)
        return;
    *v = 3;
    BORROW_MUT int *x = v;
    *x += 1;
    while (cond())
        borrow(v);                  /* OK: x is dead */
    free(v);
}

void block_overarching_alias_mut(void)
{
    OWNED int *v = malloc(sizeof *v);
    if (!v)
        return;
    *v = 3;
    BORROW_MUT int *x = v;
    for (int i = 0; i < 3; i++)
        borrow(v);                  // expect: borrow-conflict
    *x = 5;
    free(v);
}

void while_aliased_mut(void)
{
    OWNED int *v = malloc(sizeof *v);
    OWNED int *w = malloc(sizeof *w);
    if (!v || !w) {
        free(v);
        free(w);
        return;
    }
    *v = 3;
    *w = 4;
    BORROW const int *x = w;
    while (cond()) {
        borrow_mut(v);              /* OK */
        x = v;
    }
    (void)x;
    free(v);
    free(w);
}

void while_aliased_mut_break(void)
{
    OWNED int *v = malloc(sizeof *v);
    OWNED int *w = malloc(sizeof *w);
    if (!v || !w) {
        free(v);
        free(w);
        return;
    }
    *v = 3;
    *w = 4;
    BORROW const int *x = w;
    while (cond()) {
        borrow_mut(v);
        x = v;
        break;
    }
    (void)x;
    borrow_mut(v);                  /* OK */
    free(v);
    free(w);
}

void while_aliased_mut_cond(int c, int c2)
{
    OWNED int *v = malloc(sizeof *v);
    OWNED int *w = malloc(sizeof *w);
    if (!v || !w) {
        free(v);
        free(w);
        return;
    }
    *v = 3;
    *w = 4;
    BORROW_MUT int *x = w;
    while (c) {
        *x += 1;
        borrow(v);                  // expect: borrow-conflict
        if (c2)
            x = v;                  /* OK */
    }
    free(v);
    free(w);
}
