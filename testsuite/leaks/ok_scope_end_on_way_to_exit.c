#include <stdio.h>
#include <stdlib.h>

/* iproute2's arpd: an owner declared in an inner block, and error paths
 * that goto a label whose code is exit(). The owner's scope ends at the
 * goto, but the path ends in a call that does not return: it owes nothing,
 * as it owes nothing when the owner is declared at the top of main. */
int main(int argc, char **argv)
{
    if (argc > 1) {
        FILE *fp = fopen(argv[1], "r");
        if (!fp)
            goto do_abort;
        if (getc(fp) == 'x')
            goto do_abort;
        fclose(fp);
    }
    return 0;
do_abort:
    exit(1);
}

/* Through a chain of jumps and a branch whose both sides abort. */
void fatal(const char *msg) __attribute__((noreturn));

int load(const char *path, int strict)
{
    for (int i = 0; i < 3; i++) {
        char *buf = malloc(64);
        if (!buf)
            goto fail;
        if (path[i] == '!')
            goto fail;
        free(buf);
    }
    return 0;
fail:
    if (strict)
        fatal("cannot load");
    abort();
}
