/* Input for the CLI tests: does not parse. */
int broken(int x)
{
    return x + ;
}
