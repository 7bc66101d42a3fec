#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* nginx's ngx_crc32_table_init: a block rounded up to a cache line by an
 * integer round trip, p = (T *)(((uintptr_t) p + a - 1) & ~(a - 1)), is
 * still that block, at an offset: kept in a global it is not lost, and
 * the start kept apart is what is freed. */
#define align_ptr(p, a) (unsigned char *)(((uintptr_t)(p) + ((uintptr_t)(a) - 1)) & ~((uintptr_t)(a) - 1))

static uint32_t table16[16];
uint32_t *table_short = table16;

int table_init(size_t line)
{
    void *p = malloc(sizeof table16 + line);
    if (p == NULL)
        return -1;
    p = align_ptr(p, line);
    memcpy(p, table16, sizeof table16);
    table_short = p;
    return 0;
}

int aligned_work(size_t n)
{
    char *base = malloc(n + 64);
    if (!base)
        return -1;
    char *p = (char *)(((uintptr_t)base + 63) & ~(uintptr_t)63);
    memset(p, 0, n);
    free(base);
    return 0;
}

/* An integer made of a pointer but not moving it (a hash of the address)
 * is no pointer when cast back: the block stays with its owner. */
int hashed(void)
{
    char *p = malloc(8);
    if (!p)
        return -1;
    unsigned long h = (unsigned long)((uintptr_t)p >> 4 == 0);
    free(p);
    return (int)h;
}
