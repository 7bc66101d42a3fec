// ownck-args: --enable=stack-depth --stack-limit=4096
/* A variable-length array parameter is a pointer: the callee's frame holds
 * a pointer, not the array, so nothing is unbounded. */

static void clear(int n, char buf[n])
{
    for (int i = 0; i < n; i++)
        buf[i] = 0;
}

int main(void)
{
    char small[64];
    clear(64, small);
    return small[0];
}
