#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Four flags set at the top, each with a pointer it guards, fill the
 * sixteen facets (7.36) before a stream is opened under a fifth condition
 * or a parameter allocated under a flag. A full state forgets the
 * conditions tested again the farthest ahead, here the four flags tested
 * at the bottom, and keeps the one tested next: the stream is closed
 * exactly when it was opened, the copy freed exactly when it was made.
 * (Reduced from curl's getparameter and parseconfig, where collapsing the
 * facets gave a false leak and a false free-offset.) */

void use(const char *p);

int stream_opened_under_a_fifth(const char *s, const char *name)
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
        if (!use_stdin)
            fclose(file);
    }
    if (a && pa) n++;
    if (b && pb) n++;
    if (c && pc) n++;
    if (d && pd) n++;
    return n;
}

void copy_made_under_a_flag(const char *s, char *line)
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
    if (alloced)
        free(param);
    if (a && pa) use(pa);
    if (b && pb) use(pb);
    if (c && pc) use(pc);
    if (d && pd) use(pd);
}
