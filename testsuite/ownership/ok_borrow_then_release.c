#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Borrows (BORROW, BORROW_MUT, libc model borrows) are uses, not moves. */

void log_str(BORROW const char *s);
void upper(BORROW_MUT char *s);
void consume(OWNED char *s);

void borrow_then_consume(void)
{
    OWNED char *p = strdup("abc");
    if (!p)
        return;
    log_str(p);
    upper(p);
    log_str(p);
    consume(p);
}

size_t libc_borrows_then_free(const char *src)
{
    char *p = malloc(32);
    if (!p)
        return 0;
    memset(p, 0, 32);
    strncpy(p, src, 31);
    size_t n = strlen(p);
    printf("%s\n", p);
    if (strcmp(p, "x") == 0)
        n++;
    free(p);
    return n;
}

void stream_borrows_then_close(const char *path)
{
    char line[64];
    FILE *f = fopen(path, "r");
    if (!f)
        return;
    while (fgets(line, sizeof line, f))
        fputs(line, stdout);
    if (ferror(f))
        perror(path);
    fclose(f);
}
