// ownck-args: --enable=stack-depth
/* A variable-length array: no limit is safe, whatever --stack-limit says. */

static int sum(int n)
{
    int v[n];
    int s = 0;
    for (int i = 0; i < n; i++)
        s += v[i] = i;
    return s;
}

int entry(int n)                        // expect: stack-depth
{
    return sum(n);
}
