#include <stdlib.h>

/* Three blocks lost by one return are one diagnostic (7.4: one per rule
 * and location), which names the others in notes at their allocations
 * (procps's ps/parser.c parse_trailing_pids: `if (err) return err;` leaves
 * three nodes behind). */

extern const char *parse(const char *s);

const char *three(const char *s)
{
    char *a = malloc(8);                       // expect-note: 'a' allocated here by 'malloc'
    char *b = malloc(8);                       // expect-note: 'b', allocated here by 'malloc', leaks there too
    char *c = malloc(8);                       // expect-note: 'c', allocated here by 'malloc', leaks there too
    const char *err = parse(s);
    if (err)                                   // expect-note: the leaking path: 'err' is not NULL
        return err;                            // expect: leak
    free(a);
    free(b);
    free(c);
    return NULL;
}

/* Overwritten one after the other: two points, two diagnostics. */
void two_points(void)
{
    char *p = malloc(4);                       // expect-note: 'p' allocated here by 'malloc'
    p = malloc(4);                             // expect: leak
    free(p);
}
