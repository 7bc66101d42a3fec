/* The model of *_allocation_hooks.c (testsuite/cli/model_hooks.sh): a
 * library that allocates through global function pointers its users may
 * replace (as curl's Curl_cmalloc and Curl_cfree). Each pointer is declared
 * here as the function it stands for. */
#include <stddef.h>
#include <ownck.h>
#ifdef __OWNCK__
#define RELEASED_BY(f) __attribute__((annotate("ownck::released_by:" #f)))
#else
#define RELEASED_BY(f)
#endif

OWNED RELEASED_BY(hook_free) void *hook_malloc(size_t size);
OWNED RELEASED_BY(hook_free) char *hook_strdup(BORROW const char *s);
void hook_free(OWNED void *ptr);
