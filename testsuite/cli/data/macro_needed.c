/* Input for the CLI tests: compiles only with -DOWNCK_CLI_NEEDED=1. */
#if !defined(OWNCK_CLI_NEEDED) || OWNCK_CLI_NEEDED != 1
#error "compile with -DOWNCK_CLI_NEEDED=1"
#endif

int fine(int x)
{
    return x - 1;
}
