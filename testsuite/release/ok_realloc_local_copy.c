#include <stdlib.h>

/* p = realloc(p, n) where p is a copy of a pointer another place still
 * holds: when realloc fails, that place keeps the old block (lmdb's
 * midl.c: idn = *idp - 1; idn = realloc(idn, ...); if (!idn) return
 * ENOMEM;). */

int grow(int **pp, size_t n)
{
    int *p = *pp;
    p = realloc(p, n * sizeof *p);
    if (!p)
        return -1;
    *pp = p;
    return 0;
}

int grow_header(long **idp, size_t n)
{
    long *idn = *idp - 1;
    idn = realloc(idn, (n + 2) * sizeof *idn);
    if (!idn)
        return -1;
    *idn++ = (long)n;
    *idp = idn;
    return 0;
}

void shrink(long **idp)
{
    long *ids = *idp;
    if (*(--ids) > 64 && (ids = realloc(ids, 66 * sizeof *ids))) {
        *ids++ = 64;
        *idp = ids;
    }
}
