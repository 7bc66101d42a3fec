#include <ownck.h>

/* return-local-ref (7.21): storing a local's address through a pointer
 * parameter hands it to the caller, exactly like returning it. */
void current(int **out)
{
    int value = 42;                     // expect-note: declared here
    *out = &value;                      // expect: return-local-ref
}

void scratch(char **out)
{
    char buf[16];                       // expect-note: declared here
    buf[0] = '\0';
    *out = buf + 1;                     // expect: return-local-ref
}

void param_slot(int v, int **out)
{
    *out = &v;                          // expect: return-local-ref
}
