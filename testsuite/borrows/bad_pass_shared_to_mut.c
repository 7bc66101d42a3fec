#include <ownck.h>
#include <string.h>

/* write-through-shared (E0596): passing a BORROW where BORROW_MUT is
 * required, including the libc model's BORROW_MUT parameters (memset's s,
 * strcpy's dest). The primary location is the argument. */

void upper(BORROW_MUT char *s);

void to_mut_param(BORROW char *s)
{
    upper(s);                       // expect: write-through-shared
}

void to_libc(BORROW char *s, BORROW const char *src)
{
    memset(s, 0, 4);                // expect: write-through-shared
    strcpy(s, src);                 // expect: write-through-shared
}

void local_shared_to_mut(char *buf)
{
    BORROW char *r = buf;
    upper(r);                       // expect: write-through-shared
}
