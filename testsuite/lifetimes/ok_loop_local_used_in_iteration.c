#include <ownck.h>
#include <stdio.h>

/* The per-iteration local is used only in its iteration; what carries over
 * to the next iteration is a value, not a pointer. */
void print_deltas(const int *v, int n)
{
    int prev = 0;
    int have_prev = 0;
    for (int i = 0; i < n; i++) {
        int cur = v[i];
        const int *pc = &cur;
        if (have_prev)
            printf("%d\n", *pc - prev);
        prev = *pc;
        have_prev = 1;
    }
}

void read_words(FILE *f)
{
    char last[32] = "";
    char word[32];
    while (fscanf(f, "%31s", word) == 1) {
        const char *w = word;
        snprintf(last, sizeof last, "%s", w);
    }
    puts(last);
}
