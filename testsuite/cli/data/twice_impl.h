/* Included twice by included_twice.c, under other macro definitions each
 * time (expat's xmltok_impl.c): one function per inclusion. */
int NAME(const char *p, int n)
{
    if (MATCH(p) && n > 1)
        return n - 1;
    if (BOTH(n, p[0]))
        return 2;
    return LAST(p, n) ? ~n : -n;
}
