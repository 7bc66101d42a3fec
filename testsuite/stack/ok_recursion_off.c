/* recursion is opt-in: without --enable it says nothing. */

unsigned long factorial(unsigned n)
{
    return n < 2 ? 1 : n * factorial(n - 1);
}

int main(void)
{
    return (int)factorial(5);
}
