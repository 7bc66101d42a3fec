#include <stdlib.h>
#include <string.h>

/* A parameter declared as an array is a pointer to the caller's memory
 * (C11 6.7.6.3p7), whatever its brackets say: returning it, storing it
 * where it outlives the call or releasing it hands on the caller's pointer,
 * not the address of a local (lz4's LZ4IO_blockTypeID returns its
 * `char buffer[4]`). */

const char *block_type_id(int size_id, char buffer[4])
{
    buffer[0] = 'B';
    buffer[1] = (char)(size_id + '0');
    buffer[2] = 0;
    return buffer;
}

char *first_of(char *words[], int n)
{
    return n > 0 ? words[0] : NULL;
}

int *row(int grid[][3], int i)
{
    return grid[i];
}

static char *saved;

void keep(char text[64])
{
    saved = text;
}

void hand_out(char text[], char **out)
{
    *out = text;
}

void release(char buffer[])
{
    free(buffer);
}

void fill(int n, char buf[n])
{
    memset(buf, 0, (size_t)n);
}

int main(void)
{
    char *heap = malloc(16);
    if (!heap)
        return 1;
    fill(16, heap);
    block_type_id(4, heap);
    release(heap);
    return 0;
}
