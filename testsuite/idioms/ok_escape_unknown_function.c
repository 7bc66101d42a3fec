#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 7.44: a function with no model, no annotation and no body may keep the
 * pointer: passing an unannotated malloc'd value to it is an escape. */

void lib_register(void *p);
int lib_submit(char *buf, size_t n);

void hand_over(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    lib_register(p);
}

int submit(size_t n)
{
    char *buf = calloc(1, n);
    if (!buf)
        return -1;
    return lib_submit(buf, n);
}

void through_callback(void (*cb)(void *), size_t n)
{
    void *p = malloc(n);
    if (!p)
        return;
    cb(p);
}
