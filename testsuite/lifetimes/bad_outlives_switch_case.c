#include <ownck.h>
#include <stdio.h>

/* borrow-outlives-owner: a case's block ends at its `break`, and the switch
 * hands its buffer to the code after it. */
void describe(int k)
{
    const char *s = "other";
    switch (k) {
    case 0: {
        char tmp[8];
        snprintf(tmp, sizeof tmp, "zero");
        s = tmp;                        // expect: borrow-outlives-owner
        break;
    }
    default:
        break;
    }
    puts(s);                            // expect-note: used here
}
