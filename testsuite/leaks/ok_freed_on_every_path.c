#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Every path releases what it allocated: early returns, if/else, switch. */

int classify(const char *s)
{
    char *copy = strdup(s);
    if (!copy)
        return -1;
    if (copy[0] == '#') {
        free(copy);
        return 0;
    }
    if (strlen(copy) > 10) {
        puts(copy);
        free(copy);
        return 2;
    }
    free(copy);
    return 1;
}

void either_branch(int c)
{
    char *p = malloc(32);
    if (!p)
        return;
    if (c) {
        memset(p, 'a', 31);
        p[31] = '\0';
        puts(p);
        free(p);
    } else {
        free(p);
    }
}

int by_kind(int kind)
{
    char *buf = malloc(8);
    if (buf == NULL)
        return -1;
    switch (kind) {
    case 0:
        buf[0] = 'a';
        break;
    case 1:
        free(buf);
        return 1;
    default:
        buf[0] = 'z';
        break;
    }
    free(buf);
    return 0;
}
