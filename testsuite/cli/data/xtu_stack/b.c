int visit(int depth);

int walk(int depth)
{
    char path[1024];
    path[0] = (char)depth;
    return depth ? visit(depth - 1) + path[0] : 0;
}
