/* Operators whose operands come from macros, each one ownck must read
 * (operators.sh: --stats says "(0 unrecovered)"). */
#include <stddef.h>
#include <stdlib.h>
#include <assert.h>

#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)
#define ALWAYS(X) (X)
#define FLAG_A 0x01
#define FLAG_B 0x02
#define HAS(e, f) (((e)->flags & (f)) != 0)
#define SET(e, f) (e)->flags |= (f)
#define GLOBAL(t, v) v
#define head GLOBAL(struct node *, head_)
#define TAIL(x) (((char *)(x)) + offsetof(struct node, next))
#define BOTH(a, b) { { struct node *x_ = (a); x_->flags = (x_->next != 0) && ((b) != 0); } }
#define SWAP_IF(c, a, b) if (c) { struct node *t_ = (a); (a) = (b); (b) = t_; }
#define ID(x) x
#define TAIL_SZ (sizeof(struct node) - offsetof(struct node, next))
#define INTOP(op, a, b) ((int)((unsigned)(a) op (unsigned)(b)))
#define PTRCMP(op, a, b) ((a) op (b))
#define NEXT_OF(p) (__extension__ (struct node *)(p)->next)
#define BOTH_SET(a, b) ((a) != 0 && (b) != 0)
#define BOTH_SET_TOO BOTH_SET
#define STEP(p, n) ((p) += (n) - (n) / 2 + 1)
#define FLAGS_AND_ONE(x) (int)(x), (x) == 1
#define KB *(1 << 10)
#define ONE_MORE(p) ((p) + 1)
#define FLAGS_OF_NEXT a
#define TWO (1 /* one */ + 1 /* and one */)
#define STORE_IF(p, a, b) if ((a) || (b)) *(p) = 0
#define PUSH(st, n, v) do { assert(n < 8); (st)[(n)++] = (v); } while (0)
#define INC(x) (++(x))
#define CLEAR_BITS(name, stop) do { \
    register bits_t *b_ = (name); \
    int i_ = 0; \
    while (i_ <= (stop)) { b_[i_ >> 3] &= ~(1 << (i_ & 7)); i_++; } \
} while (0)
#define GEN_PAIR(name) \
    int name##_both(int a, int b) { return a && b; } \
    int name##_neg(int v) { return v < 0 || v > 9; } \
    int name##_step(int *p, int d) { return d ? ++*p : --*p; }
#define NANOSEC 1*1000000000ULL
#define SAVE(v) ((v) = n)
#define TYPE_SIGNED(t) (! ((t) 0 < (t) -1))
int report(const char *fmt, ...);

struct node { int flags; struct node *next; };
static struct node *head_;

GEN_PAIR(flags)

typedef unsigned char bits_t;

/* nginx's ngx_open_file: the operator in the body, both operands macros
 * passed as arguments (the text between them is the arguments' comma) */
#define RDONLY_FLAG 00
#define OPEN_NOW 0
int open_like(const char *name, int flags, int access);
#define OPEN_FILE(name, mode, create, access) open_like((const char *) name, mode|create, access)

int more_shapes(char *p, int a, int b, bits_t *bits, int *st)
{
    volatile int counter = 0;
    int n = 0;
    STORE_IF(p, a, b);
    PUSH(st, n, a);
    INC(counter);
    SAVE(counter);
    n += TYPE_SIGNED(__typeof__ (*(st)));
    CLEAR_BITS(bits, b - 1);
    n += ONE_MORE(FLAGS_OF_NEXT);
    n += OPEN_FILE(p, RDONLY_FLAG, OPEN_NOW, 0);
    return n < TWO ? counter : 0;
}

int shapes(struct node *n, volatile struct node *v)
{
    char *p = malloc(4);
    if (unlikely(p == NULL)) return -1;
    if (likely(p != 0) && ALWAYS(n != NULL)) p[0] = 1;
    if (HAS(n, FLAG_A|FLAG_B)) SET(n, FLAG_A|FLAG_B);
    if (head == n || head != 0) n->flags = FLAG_A | FLAG_B;
    if (n->flags == FLAG_A
#if defined(FLAG_B) /* a comment */ \
    && FLAG_B
        || n->next != 0
#endif
       )
        n->flags = 0;
    if (GLOBAL(struct node *, head_) == n) n->flags = 2;
    n->flags |= FLAG_A
#if 0
                | 0x40
#endif
#ifndef FLAG_C
# define FLAG_C 0x04
#endif
                | FLAG_C;
    n->flags += (int)TAIL_SZ + (TAIL(n) != NULL);
    BOTH(n, head_);
    SWAP_IF(n->flags > 0 && n->next != 0, n->next, head_);
    if (n->flags == ID(3) || n->next != ID(NULL)) n->flags = 1;
    n->flags = INTOP(+, n->flags, 1) + INTOP(-, 0, n->flags);
    if (PTRCMP(!=, n->next, NULL) && NEXT_OF(n) == head_) n->flags = 3;
    if (BOTH_SET_TOO(n->next, head_)) n->flags = 4;
    char *c = p;
    STEP(c, 0);
    report("%d %d", FLAGS_AND_ONE(n->flags));
    n->flags += 4 KB;
    if ((unsigned long long)n->flags * NANOSEC > 2 KB) n->flags = 5;
    v->next = NULL;
    v->flags = FLAG_B;
    free(p);
    return n->flags;
}

/* a local of an unnamed struct type, declared and initialized by a macro,
 * with trailing commas (iproute2's GENL_REQUEST): the members' `}` does not
 * end the declaration, and the initializer's `=` is no assignment */
struct msg_head { unsigned len; unsigned short type; };
#define MSG_REQUEST(_req, _type) struct { struct msg_head n; } _req = { .n = { .len = 2 + 8, .type = (_type), }, }
unsigned msg_len(unsigned short t)
{
    MSG_REQUEST(req, t);
    return req.n.len;
}

/* ++, -- and += on a macro whose body names another macro (screen's
 * #define D_x DISPLAY(d_x)): the operand ends where it is named, the
 * operator is after it */
struct display_s { int d_x; char *d_p; };
extern struct display_s *display_;
#define DISPLAY(x) display_->x
#define D_x DISPLAY(d_x)
#define D_p DISPLAY(d_p)
void cursor_moves(int c)
{
    D_x++;
    D_x--;
    D_p += c;
    D_p -= 1;
}
