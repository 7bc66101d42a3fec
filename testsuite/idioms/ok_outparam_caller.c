#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 7.19: after `if (make(&obj) != 0) return -1;` the caller owns obj on the
 * success path and owes nothing on the failure path. */

struct obj {
    int x;
};

int obj_make(OUT_OWNED struct obj **out);

int use_obj(void)
{
    struct obj *obj = NULL;
    if (obj_make(&obj) != 0)
        return -1;
    obj->x = 1;
    free(obj);
    return 0;
}

int use_or_fail(int v)
{
    struct obj *obj = NULL;
    if (obj_make(&obj) != 0)
        return -1;
    if (v < 0) {
        free(obj);
        return -2;
    }
    obj->x = v;
    free(obj);
    return 0;
}

int check_both(void)
{
    OWNED struct obj *obj = NULL;
    if (obj_make(&obj) != 0 || obj == NULL)
        return -1;
    int x = obj->x;
    free(obj);
    return x;
}
