#include <string.h>

/* Only the NULL side of the test is free of the loan: where the result is
 * not NULL it still borrows the string, and so does a copy of it that is
 * used later. */

void write_where_found(char *buf)
{
    char *p = strchr(buf, '.');
    if (p)
        strcat(buf, ".0");          // expect: borrow-conflict
    if (p)
        *p = 0;
}

void copy_keeps_loan(char *buf)
{
    char *p = strchr(buf, '.');
    char *q = p;
    if (!p)
        strcat(buf, ".0");          // expect: borrow-conflict
    if (q)
        *q = 0;
}
