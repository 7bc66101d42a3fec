/* operators written inside macro bodies and macro arguments */
#include <stddef.h>
#define IS_NULL(p) ((p) == NULL)
#define BOTH(a, b) ((a) && (b))
#define ADD(a, b) a + b
void g(void);
int f(char *p, int x, int y) {
    if (IS_NULL(p))
        g();
    if (BOTH(x, y))
        g();
    return ADD(x, y) + (x, y);
}
