#include <ownck.h>
#include <stdlib.h>

/* Mirrors rust-lang/rust tests/ui/nll/borrow-use-issue-46875.rs (run-pass).
 * Adapted: `let _y = &_x;` is a BORROW variable (read once by `(void)` so the
 * C compiler does not warn about an unused variable; that read happens
 * before the assignment, like rustc's immediate end of the unused borrow);
 * Vec<char> is an OWNED malloc'd buffer, and `_x = Vec::new()` releases the
 * old one and stores a new one. Same verdict: accepted. */

void vec(void)
{
    OWNED char *x = malloc(1);
    if (!x)
        return;
    x[0] = 'c';
    BORROW const char *y = x;
    (void)y;
    free(x);
    x = malloc(0 + 1);
    free(x);
}

void int_(void)
{
    int x = 5;
    BORROW const int *y = &x;
    (void)y;
    x = 7;
    (void)x;
}

int main(void)
{
    vec();
    int_();
    return 0;
}
