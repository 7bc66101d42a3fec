/* Input for the CLI tests: two small functions for --dump-ir. */
int add(int a, int b)
{
    return a + b;
}

int twice(int x)
{
    int y = add(x, x);
    return y;
}
