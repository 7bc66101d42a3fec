#include <stdlib.h>
#include <string.h>
#include <time.h>

/* tmux's format_find: a time_t tested twice, whose address is handed
 * afterwards to localtime_r. A system function keeps no pointer to what it
 * is given, and its parameter is const there, so the two tests of t still
 * test one thing (7.36). */
char *find(const char *key, int pretty, long long v)
{
    time_t t = 0;
    char *found = NULL;
    struct tm tm;
    char s[64];
    if (v)
        t = v;
    else
        found = strdup(key);
    if (t == 0 && found != NULL) {
        t = atoi(found);
        free(found);
    }
    if (t == 0)
        return NULL;
    if (pretty)
        found = strdup("pretty");
    else {
        localtime_r(&t, &tm);
        strftime(s, sizeof s, "%c", &tm);
        found = strdup(s);
    }
    return found;
}
