#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ok_local_address_to_system_call.c's counterpart: time(&t) writes t, so
 * a test of t before it says nothing of one after it. */
char *stamp(void)
{
    time_t t = 0;
    char *p = NULL;
    if (t == 0)
        p = strdup("x");                // expect-note: allocated here
    time(&t);
    if (t == 0)
        return p;
    return NULL;                        // expect: leak
}

/* &t handed to the system with a function it will run (a thread): that
 * code may write t at any moment, so two tests of t are unrelated. */

void *worker(void *);

void handed_to_a_thread(void)
{
    int t = 0;
    pthread_t th;
    char *p = malloc(1);
    pthread_create(&th, NULL, worker, &t);
    if (t)
        free(p);
    if (t)
        return;                 // expect: leak
    free(p);                    // expect: double-free
}
