/* pending (seventh sweep, lz4 1.9.4 tests/fuzzer.c:1052; 2026-12-07): false finding(s) today, none expected:
 *   sweep_J_cursor_over_two_owners.c: warning: double free of 'b' [double-free]
 * (2026-12-08: a cursor inside a block on one side now leaves both classes,
 * ownership/ok_cursor_moved_between_blocks.c; what is left is a pointer at
 * the start of either block, which may be the one freed: p = a; if (c) p =
 * b; free(p); needs the merge.)
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
