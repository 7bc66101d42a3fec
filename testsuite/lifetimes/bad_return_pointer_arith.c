#include <ownck.h>

/* return-local-ref: an offset from a local array (`p + 1`, `p++` in a loop,
 * one past the end) still points into that array. */
char *skip_blanks(void)
{
    char line[32] = "   word";
    char *p = line;
    while (*p == ' ')
        p++;
    return p;                           // expect: return-local-ref
}

int *second(void)
{
    int pair[2] = { 1, 2 };
    int *p = pair;
    return p + 1;                       // expect: return-local-ref
}

double *end_of_samples(void)
{
    double samples[3] = { 0.5, 1.5, 2.5 };
    return samples + 3;                 // expect: return-local-ref
}
