#include <stddef.h>
#include <string.h>

/* A macro whose expansion is a whole block, used twice: every statement of
 * an expansion has the same source position, so positions cannot order the
 * statements inside it. Each expansion's 't' is its own variable, assigned
 * before memcpy borrows it (lua's luai_makeseed). */
#define addbuff(b, p, e) \
    { size_t t = (size_t)(e); \
      memcpy((b) + (p), &t, sizeof(t)); (p) += sizeof(t); }

unsigned make_seed(void *state)
{
    char buff[2 * sizeof(size_t)];
    unsigned h = 7;
    int p = 0;
    addbuff(buff, p, state);
    addbuff(buff, p, &h);
    return (unsigned)buff[0] + h;
}
