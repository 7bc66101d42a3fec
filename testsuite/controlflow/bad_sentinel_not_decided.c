#include <stdlib.h>
#include <string.h>

/* ok_sentinel_decides_test.c where the assignment does not decide the
 * test: a signed count may be negative again, and so may a value the
 * guard never sees set. */
int signed_count(const char **toks, int ntok, int n)
{
    const char **arr = NULL;
    int cnt = -1, i, hits = 0;
    for (i = 0; i < ntok; i++) {
        if (cnt < 0) {
            cnt = n;
            arr = malloc(sizeof *arr * 4);  // expect: leak
            if (!arr)
                return -1;
        }
        hits += cnt;
    }
    free(arr);
    return hits;
}

int never_set(const char **toks, int ntok)
{
    char *word = NULL;
    int state = -1;
    for (int i = 0; i < ntok; i++) {
        if (state == -1) {
            word = strdup(toks[i]);         // expect: leak
            if (!word)
                return -1;
        }
    }
    free(word);
    return state;
}

/* the constant keeps the guard true */
int still_negative(const char **toks, int ntok)
{
    char *word = NULL;
    int state = -1;
    for (int i = 0; i < ntok; i++) {
        if (state < 0) {
            state = -3;
            word = strdup(toks[i]);         // expect: leak
            if (!word)
                return -1;
        }
    }
    free(word);
    return state;
}

/* a step down may bring the sentinel back below zero */
void stepped_down(int rounds, size_t n)
{
    char *buf = NULL;
    long have = -2;
    while (rounds-- > 0) {
        if (have < 0) {
            buf = malloc(n);                // expect: leak
            have = 0;
        }
        have--;
    }
    free(buf);
}
