/* pending (seventh sweep, lz4 1.9.4 tests/fuzzer.c:1052; 2026-12-07): false finding(s) today, none expected:
 *   sweep_J_cursor_over_two_owners.c:40:12: warning: use of 'low_addr' after it was released [use-after-free]
 *   sweep_J_cursor_over_two_owners.c:41:5: warning: double free of 'low_addr' [double-free]
 *   sweep_J_cursor_over_two_owners.c:53:5: warning: double free of 'b' [double-free]
 * A pointer that starts in one block and is moved to another on one side of
 * a test joins the two blocks' alias classes, so freeing one frees both.
 * Tried (a8afdd3, reverted): a swap bit for every branch one side of which
 * copies a pointer that is copied elsewhere too, keeping the two sides in
 * facets of their own. It fixed this file and lz4, and on the ten projects
 * of the earlier sweeps added 8 false findings (nano text.c and browser.c,
 * curl tool_parsecfg.c:272, iproute2 m_action.c:124: the facets fill up
 * sooner and merge elsewhere) and lost dnsmasq's real inotify.c:345 leak.
 * Needs a join that lets the cursor leave both classes where the two owners
 * are apart on both sides (see also sweep_J_cursor_moved_in_loop.c). */
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
