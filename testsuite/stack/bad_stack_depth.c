// ownck-args: --enable=stack-depth --stack-limit=4096
/* main -> parse -> eval: 2 KiB + 3 KiB of arrays on one chain, over a
 * 4 KiB stack. The other chain (main -> log_line) fits. */

static int eval(const char *s)
{
    char tmp[3000];
    int i = 0;
    for (; s[i] && i < 2999; i++)
        tmp[i] = s[i];
    tmp[i] = 0;
    return tmp[0];
}

static int parse(const char *s)
{
    char buf[2048];
    buf[0] = s[0];
    buf[1] = 0;
    return eval(buf);
}

static void log_line(const char *s)
{
    char line[256];
    line[0] = s[0];
    (void)line;
}

int main(void)                          // expect: stack-depth
{
    log_line("start");
    return parse("1+2");
}
