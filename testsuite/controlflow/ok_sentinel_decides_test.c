#include <stdlib.h>
#include <string.h>

/* A variable given a constant, or an unsigned value narrower than it,
 * decides its tests against constants: a sentinel set to -1 and replaced
 * by a count guards an allocation made once (rsync's auth_server: `if (cnt
 * < 0) { cnt = n; arr = malloc(...); }` in the loop over tokens). */
int count_matches(const char **toks, int ntok, unsigned char n)
{
    const char **arr = NULL;
    int cnt = -1, j, i, hits = 0;
    for (i = 0; i < ntok; i++) {
        if (cnt < 0) {
            cnt = n;
            arr = malloc(sizeof *arr * (n + 1));
            if (!arr)
                return -1;
            for (j = 0; j < cnt; j++)
                arr[j] = "g";
        }
        for (j = 0; j < cnt; j++)
            if (strcmp(toks[i], arr[j]) == 0)
                hits++;
    }
    free(arr);
    return hits;
}

/* the sentinel tested for equality, replaced by a constant */
int first_word(const char **toks, int ntok)
{
    char *word = NULL;
    int state = -1;
    for (int i = 0; i < ntok; i++) {
        if (state == -1) {
            state = 4;
            word = strdup(toks[i]);
            if (!word)
                return -1;
        }
    }
    free(word);
    return state;
}

/* written the other way round, and >= */
void lazy(int rounds, size_t n)
{
    char *buf = NULL;
    long have = -2;
    while (rounds-- > 0) {
        if (0 > have) {
            buf = malloc(n);
            have = 0;
        }
        if (have >= 0)
            have++;
    }
    free(buf);
}

/* a step up keeps it at zero or above */
void stepped_up(int rounds, size_t n)
{
    char *buf = NULL;
    long have = -2;
    while (rounds-- > 0) {
        if (have < 0) {
            buf = malloc(n);
            have = 0;
        }
        have++;
    }
    free(buf);
}
