/* main in a.c, the walker in b.c, the visitor in c.c: a cycle and a deep
 * chain that only the whole program shows. */
int walk(int depth);

int main(void)
{
    char banner[64];
    banner[0] = 0;
    return walk(3) + banner[0];
}
