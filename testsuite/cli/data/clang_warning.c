/* Input for the CLI tests: parses, with a compiler warning only; no findings. */
#warning "this is only a warning"

int fine(int x)
{
    return x + 1;
}
