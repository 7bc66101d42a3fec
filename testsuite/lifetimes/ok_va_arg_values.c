#include <stdarg.h>
#include <stddef.h>

/* va_arg(ap, T) reads a value out of the argument list; it is not the
 * address of the local ap (on x86-64 a va_list is an array), so storing or
 * returning what it gives is fine. */
struct config { const char *name; void *arg; };

static struct config config;

const char *configure(struct config *out, int op, ...)
{
    va_list ap;
    va_start(ap, op);
    const char *name = va_arg(ap, const char *);
    out->name = name;                   /* through an out-parameter */
    config.arg = va_arg(ap, void *);    /* into a global */
    va_end(ap);
    return name;                        /* and returned */
}
