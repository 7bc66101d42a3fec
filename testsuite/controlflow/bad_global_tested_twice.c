#include <stdlib.h>
#include <unistd.h>

/* Two tests of a global are unrelated across what may change it (7.36): a
 * function of the user's (it may assign any global), a store through a
 * pointer (it may point there), the system's function that owns it (getopt
 * sets optarg), and anything at all for a volatile or _Atomic one. */

int mode;
int *mode_ptr(void);
void configure(void);
volatile int stop;
_Atomic int ready;

void changed_by_a_call(void)
{
    char *p = malloc(1);
    if (mode)
        free(p);
    configure();
    if (mode)
        return;                 // expect: leak
    free(p);                    // expect: double-free
}

void changed_through_a_pointer(void)
{
    int *m = mode_ptr();
    char *p = malloc(1);
    if (mode)
        free(p);
    *m = 0;
    if (mode)
        return;                 // expect: leak
    free(p);                    // expect: double-free
}

void changed_by_the_system(int argc, char **argv)
{
    char *p = malloc(1);
    if (optarg)
        free(p);
    getopt(argc, argv, "a:");
    if (optarg)
        return;                 // expect: leak
    free(p);                    // expect: double-free
}

void volatile_flag(void)
{
    char *p = malloc(1);
    if (stop)
        free(p);
    if (stop)
        return;                 // expect: leak
    free(p);                    // expect: double-free
}

void atomic_flag(void)
{
    char *p = malloc(1);
    if (ready)
        free(p);
    if (ready)
        return;                 // expect: leak
    free(p);                    // expect: double-free
}
