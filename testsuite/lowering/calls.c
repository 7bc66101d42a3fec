/* annotated calls, call results in temporaries, a discarded result, noreturn */
#include <ownck.h>
#include <stdlib.h>
void take(OWNED char *m);
void f(int c) {
    OWNED char *p = malloc(8);
    if (!p)
        return;
    take(p);
    malloc(1);
    if (c)
        abort();
}
