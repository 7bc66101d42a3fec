#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Returning from main ends the program, as exit() does: what main still
 * owns then is not a leak (annotations.md 4, never-returning calls). */
int main(int argc, char **argv)
{
    char **args = NULL;
    int n = 0;
    for (int i = 1; i < argc; i++) {
        char **more = realloc(args, sizeof *args * (size_t)(n + 1));
        if (!more) {
            free(args);
            return 1;
        }
        args = more;
        args[n++] = argv[i];
        if (!strcmp(argv[i], "--version")) {
            puts("1.0");
            return 0;
        }
    }
    printf("%d\n", n);
    return 0;
}
