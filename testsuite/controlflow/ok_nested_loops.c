#include <ownck.h>
#include <stdlib.h>

/* Nested loops: break leaves only the inner loop; the outer one re-allocates. */

int more(void);
int done(void);

void grid(int rows, int cols)
{
    for (int r = 0; r < rows; r++) {
        char *row = malloc((size_t)cols + 1);
        if (!row)
            return;
        for (int c = 0; c < cols; c++) {
            if (c == 5)
                break;
            row[c] = '.';
        }
        free(row);
    }
}

void rounds(int n)
{
    char *p = malloc(8);
    if (!p)
        return;
    for (int i = 0; i < n; i++) {
        while (more()) {
            if (done()) {
                free(p);
                p = malloc(8);
                if (!p)
                    return;
                break;
            }
            p[0] = 'x';
        }
    }
    free(p);
}
