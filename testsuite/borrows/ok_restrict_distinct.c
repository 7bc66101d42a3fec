#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* restrict parameters: distinct objects are fine, and so are memmove
 * (no restrict) with overlapping arguments and calls whose arguments may
 * overlap only at unknown offsets (annotations.md 7.41). A shared borrow of
 * the destination that has ended does not block memcpy's exclusive one. */

void copy_distinct(const char *src, size_t n)
{
    char *dst = malloc(n + 1);
    if (!dst)
        return;
    memset(dst, 0, n + 1);
    BORROW const char *view = dst;
    size_t k = strlen(view);        /* last use of view */
    memcpy(dst, src, n - k);        /* fine */
    dst[n] = '\0';
    memmove(dst, dst + 1, n);       /* memmove has no restrict */
    free(dst);
}

void unknown_offset(char *buf, size_t i, size_t n)
{
    memcpy(buf, buf + i, n);        /* not provably overlapping */
}

void shared_twice(BORROW const char *s)
{
    (void)memcmp(s, s, 4);          /* two shared borrows, no restrict */
    (void)strcmp(s, s);
}

void element_to_element(unsigned char *data, int to, int from)
{
    /* elements at unknown indexes of one array (sqlite's b-tree pages) */
    memcpy(&data[to], &data[from], 2);
    memcpy(&data[8 + to * 4], &data[4 + from * 4], 4);
}

struct tvalue { void *p; int tag; };

void push_three(struct tvalue *ra)
{
    /* offsets count elements, lengths count bytes: 4 elements on, 3 copied (lua's OP_TFORCALL) */
    memcpy(ra + 4, ra, 3 * sizeof(*ra));
}

struct state { unsigned char buf[128]; size_t buflen; };

void second_block(struct state *S)
{
    /* libsodium's blake2b_final: buflen <= 64, so the halves never meet;
     * with a length ownck cannot know, p and p + 64 do not provably
     * overlap (7.41: constant offsets and lengths) */
    memcpy(S->buf, S->buf + 64, S->buflen);
}

void shift_by_unknown_length(char *p, size_t n)
{
    memcpy(p, p + 1, n);            /* overlaps only when n > 1: not provable */
}

void nothing_copied(char *buf)
{
    memcpy(buf, buf, 0);
}

struct pair { int a, b; };

void second_half(struct pair *v)
{
    memcpy((char *)v + sizeof v->a, v, sizeof v->a);    /* 4 bytes after 4 bytes: disjoint */
}

void get_page(char **ret);

char *split_page(char *np)
{
    /* omp is filled through its address before it is copied from, and
     * only then takes np's value: not an alias of np at the memcpy (lmdb's
     * mdb_page_split) */
    char *omp;
    get_page(&omp);
    memcpy(np, omp, 8);
    omp = np;
    return omp;
}
