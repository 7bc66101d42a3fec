#include <stdlib.h>
#include <string.h>

/* A pointer that starts at one allocation and is moved to another on one
 * side of a test only borrows whichever it points at: the two owners stay
 * two, each released once (lz4's tests/fuzzer.c: `block = CNBuffer + start;
 * if (...) { memcpy(lowAddrBuffer, block, n); block = lowAddrBuffer; }`,
 * then both buffers freed). Joined, the two sides had made them one. */
void fuzz_round(int low, size_t n)
{
    char *cn = malloc(n), *low_addr = malloc(n);
    const char *block;
    if (!cn || !low_addr) {
        free(cn);
        free(low_addr);
        return;
    }
    memset(cn, 'x', n);
    block = cn + 1;
    if (low) {
        memcpy(low_addr, block, n - 1);
        block = low_addr;
    }
    (void)block;
    free(cn);
    memset(low_addr, 0, n);
    free(low_addr);
}

void pick_then_release_both(int c)
{
    char *a = malloc(10), *b = malloc(10);
    const char *view = a;
    if (c)
        view = b;
    if (view)
        (void)view[0];
    free(a);
    free(b);
}
