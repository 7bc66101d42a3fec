#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* ok_search_end_compared_only.c, but the search's result is read through
 * after the write: with annotated borrows, a use of the borrow, which the
 * write conflicts with. (Through unannotated pointers the same code is C's
 * in-place editing, 7.8: ok_search_end_compared_only.c.) */
BORROW const char *find(BORROW const char *s, int c);
void set(BORROW_MUT char *p, char c);

int mark(BORROW_MUT char *buf)
{
    const char *end = find(buf, ';');           // expect-note: borrow of '*buf' occurs here
    set(buf, '#');                              // expect: borrow-conflict
    if (end == NULL)
        return 0;
    return *end == ';';
}

/* an OWNED string is checked in full: strchr's result borrows it */
void lowercase_key(OWNED char *line)
{
    char *eq = strchr(line, '=');       // expect-note: borrow of '*line' occurs here
    line[0] = 'k';                      // expect: assign-while-borrowed
    if (eq)
        *eq = 0;
    free(line);
}
