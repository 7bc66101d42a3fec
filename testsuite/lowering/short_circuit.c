/* && || ! and ?: become control flow; a comparison with NULL is a null test */
#include <stddef.h>
void g(void);
void f(char *p, char *q) {
    if (p && !q)
        g();
    if (p == NULL || q != NULL)
        g();
    if (p ? q : NULL)
        g();
}

/* a flag assigned && or || gets each side's constant (arm_logical) */
int flags(int a, int b) {
    int both = a && !b;
    int any;
    any = a || b;
    return both + any + (a && b);
}
