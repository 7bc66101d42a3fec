#include <ownck.h>
#include <stdio.h>

/* 7.29: globals and static locals satisfy LIFETIME(static). */
static char g_hostname[64] = "localhost";
static const int g_limits[3] = { 1, 10, 100 };

BORROW LIFETIME(static) const char *hostname(void)
{
    return g_hostname;
}

BORROW LIFETIME(static) const int *limit(int i)
{
    return &g_limits[i % 3];
}

BORROW LIFETIME(static) const char *format_id(int id)
{
    static char buf[32];
    snprintf(buf, sizeof buf, "id-%d", id);
    return buf;
}
