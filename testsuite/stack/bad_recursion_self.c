// ownck-args: --enable=recursion
/* A function that calls itself: the stack it needs grows with n. */

unsigned long factorial(unsigned n)     // expect: recursion
{
    return n < 2 ? 1 : n * factorial(n - 1);
}

int main(void)
{
    return (int)factorial(5);
}
