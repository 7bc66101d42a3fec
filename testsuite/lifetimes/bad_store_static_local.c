#include <ownck.h>
#include <stdio.h>
#include <string.h>

/* return-local-ref: a static local outlives the call too. */
const char *swap_last(const char *s)
{
    static const char *last;
    char copy[32];                      // expect-note: declared here
    strncpy(copy, s, sizeof copy - 1);
    copy[sizeof copy - 1] = '\0';
    const char *prev = last;
    last = copy;                        // expect: return-local-ref
    return prev;
}

void track(int n)
{
    static int *seen;
    for (int i = 0; i < n; i++) {
        int square = i * i;
        seen = &square;                 // expect: return-local-ref
        printf("%d\n", *seen);
    }
}
