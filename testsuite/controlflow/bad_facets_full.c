#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ok_facets_full.c's shapes with the flag tested the wrong way, or not at
 * all: the correlation a full state keeps still shows the bug. */

void use(const char *p);

int stream_closed_under_the_wrong_test(const char *s, const char *name)
{
    int n = 0;
    int a = 0, b = 0, c = 0, d = 0;
    const char *pa = NULL, *pb = NULL, *pc = NULL, *pd = NULL;
    if (s[0] == 'a') { a = 1; pa = s; }
    if (s[1] == 'b') { b = 1; pb = s; }
    if (s[2] == 'c') { c = 1; pc = s; }
    if (s[3] == 'd') { d = 1; pd = s; }
    {
        int use_stdin = !strcmp(name, "-");
        FILE *file = use_stdin ? stdin : fopen(name, "r");
        if (!file)
            return 1;
        if (fread(&n, sizeof n, 1, file) != 1)
            n = 0;
        if (use_stdin)
            fclose(file);
    }                           // expect: leak
    if (a && pa) n++;
    if (b && pb) n++;
    if (c && pc) n++;
    if (d && pd) n++;
    return n;
}

void freed_without_the_flag(const char *s, char *line)
{
    int a = 0, b = 0, c = 0, d = 0;
    const char *pa = NULL, *pb = NULL, *pc = NULL, *pd = NULL;
    char *param;
    int alloced = 0;
    if (s[0] == 'a') { a = 1; pa = s; }
    if (s[1] == 'b') { b = 1; pb = s; }
    if (s[2] == 'c') { c = 1; pc = s; }
    if (s[3] == 'd') { d = 1; pd = s; }
    if (*line == '"') {
        param = malloc(strlen(line) + 1);
        if (!param)
            return;
        strcpy(param, line + 1);
        alloced = 1;
    } else {
        param = line;
        while (*param == ' ')
            param++;
    }
    use(param);
    if (alloced || a)
        free(param);            // expect: free-offset
    if (a && pa) use(pa);
    if (b && pb) use(pb);
    if (c && pc) use(pc);
    if (d && pd) use(pd);
}
