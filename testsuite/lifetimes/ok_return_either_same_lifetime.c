#include <ownck.h>
#include <string.h>

/* Both parameters carry LIFETIME(a): the result may come from either one
 * (Rust's `fn longer<'a>(x: &'a str, y: &'a str) -> &'a str`). */
BORROW LIFETIME(a) const char *
longer(BORROW LIFETIME(a) const char *x, BORROW LIFETIME(a) const char *y)
{
    return strlen(x) >= strlen(y) ? x : y;
}

BORROW LIFETIME(a) const char *
longest3(BORROW LIFETIME(a) const char *x, BORROW LIFETIME(a) const char *y,
         BORROW LIFETIME(a) const char *z)
{
    const char *best = x;
    if (strlen(y) > strlen(best))
        best = y;
    if (strlen(z) > strlen(best))
        best = z;
    return best;
}

void log_str(BORROW const char *s);

void use_longer(void)
{
    char a[8] = "short";
    char b[16] = "much longer";
    log_str(longer(a, b));
}
