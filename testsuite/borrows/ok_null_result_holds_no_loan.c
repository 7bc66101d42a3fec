#include <stdio.h>
#include <string.h>

/* json-c's json_object_double_to_json_string_format: p = strchr(buf, '.')
 * borrows buf, but where p is NULL it borrows nothing, so writing buf
 * there conflicts with no loan. Rust reads p's type, not its value, and
 * would reject this; the C is correct, and ownck follows the value. */
int format_double(double d, char *out, size_t n)
{
    char buf[64];
    char *p;
    int size = snprintf(buf, sizeof buf, "%.17g", d);
    if (size < 0)
        return -1;
    p = strchr(buf, '.');
    if (size < (int)sizeof buf - 2 && !p) {
        strcat(buf, ".0");
        size += 2;
    }
    if (p) {
        p++;
        *p = 0;
    }
    snprintf(out, n, "%s", buf);
    return size;
}

/* The same test written the other way round. */
void terminate_at_dot(char *line)
{
    char *dot = strchr(line, '.');
    if (dot == NULL)
        strcat(line, ".");
    else
        *dot = 0;
    if (dot)
        dot[1] = 0;
}
