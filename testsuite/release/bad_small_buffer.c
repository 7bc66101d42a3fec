#include <stdlib.h>
#include <string.h>

/* The small-buffer idiom of ok_small_buffer.c, with the tests wrong: the
 * test that p is not the array excuses only that array, and only on its
 * unequal side (freed_when_equal releases the array and leaks the heap
 * buffer both). */

int freed_when_equal(size_t n)
{
    char staticbuf[64], *buf = staticbuf;
    if (n > sizeof(staticbuf)) {
        buf = malloc(n);
        if (buf == NULL)
            return -1;
    }
    buf[0] = 0;
    if (buf == staticbuf)
        free(buf);                      // expect: free-non-heap
    return 0;                           // expect: leak
}

int other_array_tested(size_t n)
{
    char first[16], second[16], *p = n < 8 ? first : second;
    p[0] = 0;
    if (p != second)
        free(p);                        // expect: free-non-heap
    return 0;
}

int heap_side_leaks(size_t n)
{
    char small[32], *p = small;
    if (n > sizeof small) {
        p = malloc(n);
        if (!p)
            return -1;
    }
    memset(p, 0, n);
    if (p != small)
        return 1;                       // expect: leak
    return 0;
}
