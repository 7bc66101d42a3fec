#include <stdlib.h>
#include <string.h>

void missing(const char *what) __attribute__((noreturn));
void duplicate(const char *what) __attribute__((noreturn));

/* ok_postfix_count_in_condition.c's counterpart: parse() returns, so what
 * its caller does afterwards is checked. */
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
    free(p);                            // expect-note: released here
    parse(argc, argv);
    *p = 1;                             // expect: use-after-free
    return 0;
}
