#define _GNU_SOURCE
#include <ownck.h>
#include <dirent.h>
#include <execinfo.h>
#include <glob.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <wchar.h>

/* What the system allocates and hands back, released as it says: scandir's
 * array (and each entry) with free, getifaddrs's list with freeifaddrs,
 * if_nameindex's with if_freenameindex, backtrace_symbols's one block with
 * free; glob fills the caller's glob_t, which globfree empties. */

int count_dir(const char *path)
{
    struct dirent **names;
    int n = scandir(path, &names, NULL, alphasort);
    if (n < 0)
        return -1;   /* nothing was stored in names */
    int total = n;
    while (n--)
        free(names[n]);
    free(names);
    return total;
}

/* dnsmasq's option.c: &names handed again after free(names) is a store, not a use. */
int count_dirs(const char **dirs, int nd)
{
    struct dirent **names;
    int total = 0;
    for (int i = 0; i < nd; i++) {
        int n = scandir(dirs[i], &names, NULL, NULL);
        if (n < 0)
            continue;
        total += n;
        while (n--)
            free(names[n]);
        free(names);
    }
    return total;
}

int count_interfaces(void)
{
    struct ifaddrs *list;
    if (getifaddrs(&list) != 0)
        return -1;
    int n = 0;
    for (struct ifaddrs *i = list; i; i = i->ifa_next)
        n++;
    freeifaddrs(list);
    struct if_nameindex *names = if_nameindex();
    if (!names)
        return n;
    for (struct if_nameindex *i = names; i->if_index; i++)
        n++;
    if_freenameindex(names);
    return n;
}

void print_trace(void)
{
    void *frames[16];
    int n = backtrace(frames, 16);
    char **lines = backtrace_symbols(frames, n);
    if (!lines)
        return;
    for (int i = 0; i < n; i++)
        puts(lines[i]);
    free(lines);
}

size_t count_matches(const char *pattern)
{
    glob_t g;
    if (glob(pattern, 0, NULL, &g) != 0)
        return 0;
    size_t n = g.gl_pathc;
    globfree(&g);
    return n;
}

int names(void)
{
    char *cwd = get_current_dir_name();
    char *real = canonicalize_file_name(".");
    wchar_t *w = wcsdup(L"x");
    int same = cwd && real && w;
    free(cwd);
    free(real);
    free(w);
    char buf[8] = "ab";
    FILE *f = fmemopen(buf, sizeof buf, "r");
    if (!f)
        return same;
    fgetc(f);
    fclose(f);
    return same;
}
