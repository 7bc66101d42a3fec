#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Inside main, a block that drops what it owns still leaks: only main's own
 * return ends the program. */
int main(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        char *copy = strdup(argv[i]);
        if (!copy)
            return 1;
        puts(copy);
    }                                       // expect: leak
    return 0;
}
