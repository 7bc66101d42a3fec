// ownck-args: --enable=stack-depth --stack-limit=1000000
/* alloca: the frame has no bound. */
#include <alloca.h>
#include <string.h>

int copy_len(const char *s)             // expect: stack-depth
{
    char *tmp = alloca(strlen(s) + 1);
    strcpy(tmp, s);
    return (int)strlen(tmp);
}
