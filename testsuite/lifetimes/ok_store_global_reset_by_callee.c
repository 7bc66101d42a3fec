#include <stdio.h>

/* A local's address parked in a global while the function works, and taken
 * back by another function of the program before returning: any function of
 * the program may write a global, so the store is not reported. printf, from
 * a system header, cannot (bad_store_not_reset.c). */
struct frame { struct frame *up; const char *name; };

static struct frame *top;

static void pop_frame(void)
{
    top = top->up;
}

void traced(const char *name)
{
    struct frame f = { top, name };
    top = &f;
    printf("%s\n", top->name);
    pop_frame();
}
