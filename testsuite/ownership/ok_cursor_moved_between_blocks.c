#include <stdlib.h>
#include <string.h>

/* A borrowing cursor that is inside one block on one path and at another
 * on the other says nothing of the two owners, which stay two and are each
 * released once (lz4's tests/fuzzer.c, twice: `block = CNBuffer + start;
 * if (...) block = lowAddrBuffer;`, and `dict = testInput + 3; dst =
 * testVerify; while (...) { ...; dict = dst; dst += segSize + 1; }`). */

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

void segments(size_t n, int rounds)
{
    char *input = malloc(n), *verify = malloc(n);
    if (!input || !verify) {
        free(input);
        free(verify);
        return;
    }
    const char *dict = input + 3;
    char *dst = verify;
    while (rounds-- > 0) {
        memcpy(dst, dict, 4);
        dict = dst;
        dst += 5;
    }
    free(input);
    free(verify);
}
