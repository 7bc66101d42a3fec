#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>

/* getline's buffer handed to the caller, which frees it; and a caller's
 * own buffer handed in, grown in place, stays the caller's. */

static char *read_line(FILE *fp)
{
    char *line = NULL;
    size_t cap = 0;
    if (getline(&line, &cap, fp) < 0) {
        free(line);
        return NULL;
    }
    return line;
}

int first_char(FILE *fp)
{
    char *l = read_line(fp);
    if (!l)
        return 0;
    int c = l[0];
    free(l);
    return c;
}

static ssize_t next_line(char **buf, size_t *cap, FILE *fp)
{
    return getline(buf, cap, fp);
}

int count_lines(FILE *fp)
{
    char *buf = NULL;
    size_t cap = 0;
    int n = 0;
    while (next_line(&buf, &cap, fp) > 0)
        n++;
    free(buf);
    return n;
}

char *keep_last(FILE *fp)
{
    char *buf = NULL;
    size_t cap = 0;
    while (getline(&buf, &cap, fp) > 0)
        ;
    return buf;
}

void drop_last(FILE *fp)
{
    free(keep_last(fp));
}
