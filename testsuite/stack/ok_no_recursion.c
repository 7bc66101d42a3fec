// ownck-args: --enable=recursion
/* Deep call chains without a cycle, a function called from several places,
 * and a call through a function pointer (not in the call graph). */

static int leaf(int x) { return x * 2; }
static int mid(int x) { return leaf(x) + leaf(x + 1); }
static int top(int x) { return mid(x) + leaf(x); }

static int apply(int (*fn)(int), int x) { return fn(x); }

int main(void)
{
    return top(1) + apply(top, 2);
}
