int walk(int depth);
static int record(int depth);

int visit(int depth)
{
    return walk(depth) + record(depth);
}

static int record(int depth)
{
    char log[4096];
    log[0] = (char)depth;
    return log[0];
}
