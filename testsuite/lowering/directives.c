/* operators across preprocessor lines: an inactive branch holds no token,
 * so `a || b` below is an or (short-circuit: a true goes straight to the
 * return), and p == 0 tests p alone */
int f(int a, int b, int *p) {
    if (a
#if 0
        &&
#else
        ||
#endif
        b)
        return 1;
    if (p == 0
#ifdef NOT_DEFINED
        && a
#endif
       )
        return 2;
    return 0;
}
