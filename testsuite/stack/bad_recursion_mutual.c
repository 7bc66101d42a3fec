// ownck-args: --enable=recursion
/* Two functions that call each other: one cycle, reported once, at the
 * function that comes first. */

int is_odd(unsigned n);

int is_even(unsigned n)                 // expect: recursion
{
    return n == 0 ? 1 : is_odd(n - 1);
}

int is_odd(unsigned n)
{
    return n == 0 ? 0 : is_even(n - 1);
}

/* calls into the cycle are not part of it */
int parity(unsigned n)
{
    return is_even(n);
}

/* a second, separate cycle */
struct node { struct node *kid; int v; };

static int depth(const struct node *t)  // expect: recursion
{
    return t ? 1 + depth(t->kid) : 0;
}

int tree_depth(const struct node *t)
{
    return depth(t);
}
