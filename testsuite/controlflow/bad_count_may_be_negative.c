#include <stdlib.h>

/* A count that may be negative (a parameter, or one stepped down too) can
 * come back to zero: its test says nothing of the array. */

struct ref { struct ref *next; int skip; };

void from_parameter(struct ref *refs, int nr)
{
    struct ref **heads = NULL, *rm;
    for (rm = refs; rm; rm = rm->next) {
        heads = realloc(heads, 16 * sizeof(*heads));   // expect-note: 'heads' allocated here by 'realloc'
        if (!heads) abort();
        heads[0] = rm;
        nr++;
    }
    if (!nr)
        heads = malloc(8);                              // expect: leak
    free(heads);
}

void stepped_down(struct ref *refs)
{
    int nr = 0;
    struct ref **heads = NULL, *rm;
    for (rm = refs; rm; rm = rm->next) {
        heads = realloc(heads, 16 * sizeof(*heads));   // expect-note: 'heads' allocated here by 'realloc'
        if (!heads) abort();
        heads[0] = rm;
        nr++;
        if (rm->skip)
            nr -= 2;
    }
    if (!nr)
        heads = malloc(8);                              // expect: leak
    free(heads);
}
