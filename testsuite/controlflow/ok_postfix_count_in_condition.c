#include <stdlib.h>
#include <string.h>

void missing(const char *what) __attribute__((noreturn));
void duplicate(const char *what) __attribute__((noreturn));

/* `if (found++)` tests the count before its step: the first "ns" finds it
 * zero and goes on (iproute2's parse_encap_ioam6). Read as the stepped
 * value, a count known zero made duplicate() certain on that path and
 * missing() on the others, so the function "never returned", and callers
 * lost everything after the call. */
static int parse(int argc, char **argv)
{
    int found = 0;
    while (argc > 1) {
        argc--;
        argv++;
        if (strcmp(*argv, "ns") == 0) {
            if (found++)
                duplicate("ns");
        } else {
            break;
        }
    }
    if (!found)
        missing("ns");
    return 0;
}

int main(int argc, char **argv)
{
    char *p = malloc(10);
    parse(argc, argv);
    free(p);
    return 0;
}
