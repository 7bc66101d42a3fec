#include <ownck.h>

/* return-local-ref: a global outlives every local; storing a local's address
 * in one (a pointer, a field, an element) leaves it dangling. */
int *g_current;
struct config { const char *path; int *level; } g_config;
const char *g_names[4];

void set_current(void)
{
    int x = 1;                          // expect-note: declared here
    g_current = &x;                     // expect: return-local-ref
}

void set_path(void)
{
    char path[64] = "/tmp";
    g_config.path = path;               // expect: return-local-ref
}

void set_name(int i)
{
    char name[8] = "x";
    g_names[i & 3] = name;              // expect: return-local-ref
}
