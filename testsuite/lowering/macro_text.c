/* macro bodies read as the preprocessor reads them: a line splice right
 * before a token (`&&` at the start of BOTH's second line) is no part of
 * it, so BOTH is a short-circuit (q is tested only when p is not null); a
 * function-like macro #undef'd later (OUT_OF) still takes its arguments;
 * and __VA_ARGS__ (LOG) and GNU's , ## __VA_ARGS__ (LOG2) stand for all
 * the variable arguments, so the - of -1 in them is a negation. In g: a
 * prefix operator written in a macro's argument is read there, not guessed
 * from the body's (FAIL_UNLESS(c, -1) returns -1, not !1); a pointer's +=
 * beside an integer's -= in one body is aligned (ADVANCE); and postfix
 * operators are aligned after their operand's own (STEP_BOTH: the * of
 * (*b).cur++ comes first) */
struct node { int flags; struct node *next; };
void log_it(int level, const char *fmt, ...);
#define BOTH(a, b) ((a) != 0 \
&& (b) != 0)
#define LOG(level, ...) do { if ((level) > 2) break; log_it(level, __VA_ARGS__); } while (0)
#define LOG2(fmt, ...) do { if (fmt[0] > 1 && fmt[0] < 5) log_it(0, fmt, ##__VA_ARGS__); } while (0)

int f(struct node *p, struct node *q, struct node *lo) {
#define OUT_OF(x) ((x) < lo || (x) > lo + 1)
    if (BOTH(p, q))
        return 1;
    if (OUT_OF(p->next + 1))
        return 2;
    LOG(1, "%d %d", p->flags == -1, q != 0);
    LOG2("%d", p->flags == -1);
    LOG2("none");
    return 0;
#undef OUT_OF
}

struct cursor { char *cur; int left; };
#define CHECK(c) do { if (!(c)) return -1; } while (0)
#define FAIL_UNLESS(p, v) do { if (!(p)) return (v); } while (0)
#define ADVANCE(s, n) ((s)->cur += (n), (s)->left -= (n))
#define STEP_BOTH(b) ((*(b)).cur++, (*(b)).left--)

int g(struct cursor *c, char *q) {
    CHECK(!q);
    FAIL_UNLESS(c->left >= 0, -1);
    ADVANCE(c, 2);
    STEP_BOTH(c);
    return 0;
}
