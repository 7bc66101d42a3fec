/* pending (mosquitto sweep, subs.c:271,275; 2026-12-07): false finding(s) today, none expected:
 *   sweep_H_search_loop_field_bound.c:42:5: warning: leak of 'csub' [leak]
 * The search loop's bound is a field (ctx->count), not a local: its test
 * gets no key, so `i == ctx->count` after the loop is not known false where
 * the loop broke out, and csub, stored in a free slot there, is also taken
 * down the grow path (where it is stored again) or past it. Needs condition
 * keys with a memory place, forgotten at the stores that may reach it; and
 * `ctx->subs[i] = csub` (a pointer store) told apart from the int count by
 * type, unless the project builds with -fno-strict-aliasing. */
#include <stdlib.h>

struct sub { int qos; };
struct ctx {
    struct sub **subs;
    int count;
};

int add(struct ctx *ctx, int qos)
{
    struct sub **subs;
    struct sub *csub = calloc(1, sizeof *csub);
    int i;
    if (!csub)
        return 1;
    csub->qos = qos;
    for (i = 0; i < ctx->count; i++) {
        if (!ctx->subs[i]) {
            ctx->subs[i] = csub;
            break;
        }
    }
    if (i == ctx->count) {
        subs = realloc(ctx->subs, sizeof *subs * (size_t)(ctx->count + 1));
        if (!subs) {
            free(csub);
            return 1;
        }
        ctx->subs = subs;
        ctx->count++;
        ctx->subs[ctx->count - 1] = csub;
    }
    return 0;
}
