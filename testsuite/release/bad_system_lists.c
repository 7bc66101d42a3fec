#define _GNU_SOURCE
#include <ownck.h>
#include <dirent.h>
#include <execinfo.h>
#include <ifaddrs.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* The same allocations, kept, released twice or by the wrong function. */

int count_dir(const char *path)
{
    struct dirent **names;
    int n = scandir(path, &names, NULL, alphasort);   // expect-note: allocated here
    if (n < 0 || !names)   /* a failed call may leave names unset: known stored only once tested */
        return -1;
    return n;                                         // expect: leak
}

int count_interfaces(void)
{
    struct ifaddrs *list;
    if (getifaddrs(&list) != 0)                       // expect-note: allocated here
        return -1;
    free(list);                                       // expect: mismatched-release
    return 0;
}

void print_trace(void)
{
    void *frames[4];
    char **lines = backtrace_symbols(frames, backtrace(frames, 4));
    if (!lines)
        return;
    free(lines);
    puts(lines[0]);                                   // expect: use-after-free
}

int cwd_kept(void)
{
    char *cwd = get_current_dir_name();               // expect-note: allocated here
    return cwd != NULL;                               // expect: leak
}

int stream_kept(char *buf)
{
    FILE *f = fmemopen(buf, 4, "r");                  // expect-note: allocated here
    if (!f)
        return -1;
    return fgetc(f);                                  // expect: leak
}
