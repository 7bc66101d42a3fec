#include <ownck.h>
#include <stdio.h>

/* borrow-outlives-owner: the array `word` is a new object in each iteration
 * and ends at the loop body's closing brace. */
void print_last_word(FILE *f)
{
    const char *last = NULL;
    int more = 1;
    while (more) {
        char word[32];
        more = fscanf(f, "%31s", word) == 1;
        if (more)
            last = word;                // expect: borrow-outlives-owner
    }                                   // expect-note: goes out of scope
    if (last)
        puts(last);                     // expect-note: used here
}
