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
