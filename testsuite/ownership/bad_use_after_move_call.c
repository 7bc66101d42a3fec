#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* After a value is passed to an OWNED parameter of a declared function it is
 * moved: passing it anywhere afterwards (a model borrow, a BORROW parameter,
 * an unknown function) is a use of a moved value. */

void consume(OWNED char *s);
void log_str(BORROW const char *s);
void unknown_fn(const char *s);

size_t len_after_move(void)
{
    OWNED char *p = strdup("hello");
    if (!p)
        return 0;
    consume(p);
    return strlen(p);                   // expect: use-after-move
}

void borrow_after_move(void)
{
    OWNED char *p = strdup("hello");
    if (!p)
        return;
    consume(p);
    log_str(p);                         // expect: use-after-move
}

void unknown_call_after_move(void)
{
    OWNED char *p = strdup("hello");
    if (!p)
        return;
    consume(p);
    unknown_fn(p);                      // expect: use-after-move
}
