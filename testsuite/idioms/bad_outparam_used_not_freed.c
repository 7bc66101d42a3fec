#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 7.19: after a successful OUT_OWNED call the caller owns the value; a leak
 * is reported where it was used or tested non-NULL and then dropped. */

struct obj {
    int x;
};

int obj_make(OUT_OWNED struct obj **out);
int make_name(OUT_OWNED char **out);

int use_obj(void)
{
    struct obj *obj = NULL;
    if (obj_make(&obj) != 0)
        return -1;
    if (obj->x < 0)
        return -2;                          // expect: leak
    free(obj);
    return 0;
}

void probe(void)
{
    char *p = NULL;
    make_name(&p);
    if (p)
        puts("made one");
}                                           // expect: leak
