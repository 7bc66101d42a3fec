#include <dlfcn.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* A result tied to its argument (LIFETIME: strchr's points into the
 * string, dlsym's lives while the handle is open) is an interior pointer
 * of the argument's block. Stored where the function cannot see, it keeps
 * the block: a global pointing into a block keeps it reachable, and the
 * handle of a symbol kept in a registry stays open on purpose (iproute2's
 * get_link_kind, ip/iplink.c:189; tc/m_action.c, m_ematch.c, m_pedit.c,
 * tc.c, tc_exec.c and genl/genl.c the same). Before, both were leaks. */

struct util { struct util *next; };
static struct util *list;
const char *base_name;

struct util *get_kind(const char *so, const char *sym)
{
    void *dlh = dlopen(so, RTLD_LAZY);
    struct util *u;

    if (!dlh)
        return NULL;
    u = dlsym(dlh, sym);
    u->next = list;
    list = u;
    return u;
}

void set_base(const char *path)
{
    char *dup = strdup(path);
    if (!dup)
        return;
    base_name = strrchr(dup, '/');
}

/* NULL from strchr says nothing of the string, which is still owned. */
size_t prefix_len(const char *s)
{
    char *copy = strdup(s);
    if (!copy)
        return 0;
    char *colon = strchr(copy, ':');
    if (!colon) {
        free(copy);
        return 0;
    }
    size_t n = (size_t)(colon - copy);
    free(copy);
    return n;
}

/* ptr is lent by strchr on one path and points into the block by
 * arithmetic on another (tmux's parse_window_name): released with the
 * block either way, and no owner left behind. */
char *trimmed(const char *in)
{
    char *copy = strdup(in), *name = copy, *ptr;
    if (!copy)
        return NULL;
    if ((ptr = strchr(name, ' ')) != NULL)
        *ptr = '\0';
    if (*name != '\0') {
        ptr = name + strlen(name) - 1;
        while (ptr > name && *ptr == '-')
            *ptr-- = '\0';
    }
    if (*name == '/')
        name = strrchr(name, '/') + 1;
    name = strdup(name);
    free(copy);
    return name;
}
