/* macro bodies read as the preprocessor reads them: a line splice right
 * before a token (`&&` at the start of BOTH's second line) is no part of
 * it, so BOTH is a short-circuit (q is tested only when p is not null); a
 * function-like macro #undef'd later (OUT_OF) still takes its arguments;
 * and __VA_ARGS__ (LOG) and GNU's , ## __VA_ARGS__ (LOG2) stand for all
 * the variable arguments, so the - of -1 in them is a negation */
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
