#include <ownck.h>

/* Storing through an out-parameter is fine when what is stored outlives the
 * call: a global, a static, a literal, or what the caller passed in. */
struct request { const char *name; const int *count; };

static int g_zero;

void default_count(const int **out)
{
    *out = &g_zero;
}

void default_name(struct request *r)
{
    static const char fallback[] = "anon";
    r->name = fallback;
}

void literal_name(BORROW_MUT struct request *r)
{
    r->name = "literal";
}

void pass_through(const int *p, const int **out)
{
    *out = p + 1;
}

void local_then_static(struct request *r)
{
    int n = 3;
    int twice = n * 2;
    r->count = &g_zero;
    r->name = twice > 4 ? "many" : "few";
}
