#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* GNU statement expressions ({ ... }) used as take/drop helpers. */

#define TAKE(p) ({ __typeof__(p) taken_ = (p); (p) = NULL; taken_; })
#define DROP(p) ({ free(p); (p) = NULL; 0; })

void take_then_free_both(void)
{
    char *p = strdup("x");
    if (!p)
        return;
    char *q = TAKE(p);
    free(p);
    free(q);
}

int drop_twice(void)
{
    char *p = malloc(8);
    if (!p)
        return -1;
    int a = DROP(p);
    int b = DROP(p);
    return a + b;
}

size_t len_in_stmt_expr(void)
{
    char *p = strdup("abc");
    if (!p)
        return 0;
    size_t n = ({ size_t len_ = strlen(p); free(p); len_; });
    return n;
}
