#include <stdlib.h>

/* libyaml's loader: a stack whose start owns the block and whose end and
 * top point into it, lost on an error path. The leak is named by the
 * member that points at the block's start, not by one inside it. */
struct stack { int *start, *end, *top; };

int load(int fail)
{
    struct stack items = { NULL, NULL, NULL };
    if (!(items.start = malloc(16 * sizeof(int))))  // expect-note: 'items.start' allocated here
        return 0;
    items.top = items.start;
    items.end = items.start + 16;
    if (fail)
        return 0;                                   // expect: leak
    free(items.start);
    return 1;
}
