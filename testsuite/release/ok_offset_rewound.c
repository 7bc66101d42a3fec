#include <stdlib.h>
#include <string.h>

/* 7.38 with amounts ownck cannot add up: a pointer advanced, then moved
 * back by an unknown amount, may be at its block's start again, and code
 * that walks a pointer back means to come back there. iproute2's
 * resource_path_print (devlink.c:7361) fills a path from its end: p = calloc(1,
 * len); p += len - 1; then p -= strlen(name) per element, the lengths adding
 * up to len - 1, and free(p). Before, any pointer once advanced was off its
 * start for good. */

void rewound(int n)
{
    char *p = malloc(n);
    if (!p)
        return;
    p += n;
    p -= n;
    free(p);
}

void walk_back(const char **names, int cnt)
{
    int len = 1, i;
    char *p;

    for (i = 0; i < cnt; i++)
        len += strlen(names[i]);
    p = calloc(1, len);
    if (!p)
        return;
    p += len - 1;
    for (i = 0; i < cnt; i++) {
        p -= strlen(names[i]);
        memcpy(p, names[i], strlen(names[i]));
    }
    free(p);
}

void rewound_by_a_pointer_difference(const char *s)
{
    char *p = strdup(s);
    if (!p)
        return;
    char *start = p;
    while (*p)
        p++;
    p -= p - start;
    free(p);
}
