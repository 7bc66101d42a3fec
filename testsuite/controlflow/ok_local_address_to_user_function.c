#include <stdio.h>
#include <stdlib.h>

/* A local whose address a function of the user's gets is still one value
 * between two tests that no call of the user's and no store through a
 * pointer separates (7.36): the callee can change it only when it runs, or
 * later through the address it kept. Before, taking &t anywhere in the
 * function made every two tests of t unrelated (a false leak and a false
 * double free below). */

void use(int *);
int parse(const char *s, int *out);

void tested_before_taken(int t)
{
    char *p = malloc(1);
    if (t == 0)
        free(p);
    if (t == 0)
        return;
    use(&t);
    free(p);
}

/* Between the tests only the system's functions run: they are not given
 * &t, and keep nothing of it. */
int tested_around_system_calls(const char *s)
{
    int rc = parse(s, NULL);
    int n = 0;
    char *buf = malloc(64);
    if (rc != 0)
        free(buf);
    printf("%d\n", rc);
    if (rc != 0)
        return -1;
    if (parse(s, &n) == 0)
        snprintf(buf, 64, "%d", n);
    puts(buf);
    free(buf);
    return n;
}

/* The result code written by the user's function, then tested twice. */
int written_then_tested(const char *s)
{
    int rc = -1;
    char *copy = NULL;
    parse(s, &rc);
    if (rc == 0)
        copy = malloc(16);
    if (rc != 0)
        return -1;
    free(copy);
    return 0;
}
