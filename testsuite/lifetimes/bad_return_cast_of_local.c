#include <ownck.h>

/* return-local-ref: a cast changes the pointer's type, not what it points to. */
void *raw_bytes(void)
{
    long word = 0;                      // expect-note: declared here
    return (void *)&word;               // expect: return-local-ref
}

const unsigned char *byte_view(unsigned v)
{
    return (const unsigned char *)&v;   // expect: return-local-ref
}
