/* pending (seventh sweep, lz4 1.9.4 tests/fuzzer.c:1728; 2026-12-07): false finding(s) today, none expected:
 *   sweep_J_cursor_moved_in_loop.c:32:5: warning: double free of 'verify' [double-free]
 *   sweep_J_cursor_moved_in_loop.c:31:5: note: 'input' first released here by 'free'
 * A borrowed cursor starts in one block and moves to another inside a loop
 * (lz4's `const char* dict = testInput + 3; char* dst = testVerify; while
 * (...) { ...; dict = dst; dst += segSize + 1; }`): the loop head joins
 * the entry (dict in input's class) with the back edge (dict in verify's),
 * and the classes merge, so freeing input releases verify too. The branch
 * form (block = a; if (c) block = b;) keeps its sides apart with a swap bit
 * (ownership/ok_cursor_over_two_owners.c); a loop needs a join that lets
 * the cursor leave both classes where the two owners are apart on both
 * edges, without losing `p = a; if (c) p = b; free(p);`'s leak of the other. */
#include <stdlib.h>
#include <string.h>

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
