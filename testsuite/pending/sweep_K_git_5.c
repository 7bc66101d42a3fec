/* git 2.39.5 packfile.c:1297 (get_delta_base_oid... poi_stack) and :1746
 * (unpack_entry, delta_stack)
 * ownck prints today (error, exit status 1):
 *   git_5.c:32:21: error: 'realloc' releases the address of local variable 'small_stack', which is not heap memory [free-non-heap]
 *   git_5.c:21:11: note: 'stack' gets that value here
 * False: the stack starts in a local array; the first time it is full it is
 * copied to the heap (branch 1: nr >= alloc && stack == small_stack). The
 * realloc in branch 2 (git's ALLOC_GROW) runs only when nr + 1 > alloc, i.e.
 * nr >= alloc, and branch 1 has just excluded nr >= alloc together with
 * stack == small_stack: so realloc only ever sees heap memory. The final
 * `if (stack != small_stack) free(stack)` is handled correctly. */
#include <stdlib.h>
#include <string.h>
#define PREALLOC 64
#define alloc_nr(x) (((x)+16)*3/2)
extern int next_type(long *off);

long walk(long off)
{
    long small_stack[PREALLOC];
    long *stack = small_stack;
    int nr = 0, alloc = PREALLOC;
    long r;
    while (next_type(&off)) {
        if (nr >= alloc && stack == small_stack) {
            alloc = alloc_nr(nr);
            stack = malloc(alloc * sizeof(*stack));
            if (!stack) abort();
            memcpy(stack, small_stack, nr * sizeof(*stack));
        } else if (nr + 1 > alloc) {
            alloc = alloc_nr(alloc);
            stack = realloc(stack, alloc * sizeof(*stack));
            if (!stack) abort();
        }
        stack[nr++] = off;
    }
    r = nr ? stack[0] : 0;
    if (stack != small_stack)
        free(stack);
    return r;
}

/* pending (eighth sweep, 2026-12-07): false finding(s) today, none expected. The
 * first comment is the helper's, written as git_5.c: its file name in the "prints
 * today" lines is that one; the line numbers hold. */
