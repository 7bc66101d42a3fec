/* pending (sixth sweep, nginx ngx_resolver.c:3067,4263; dnsmasq cache.c:186; 2026-12-07): false finding(s) today, none expected:
 *   sweep_I_loop_runs_once_guard.c:43:2: warning: leak of 'sa' when 'i < n' is false [leak]
 *   sweep_I_loop_runs_once_guard.c:63:1: warning: leak of 'c' [leak]
 * The loop runs at least once under `if (n)` (unsigned n) or `if (size > 0)`: the loop
 * test's key gets no bit, and `i = 0` would have to set `i < n` from what n's test left.
 * The helper's reduction follows. */
/* From nginx 1.22.1 src/core/ngx_resolver.c:3029-3058 (ngx_resolver_srv_names_handler; reported
 * at :3067) and :4198-4263 (ngx_resolver_export; reported at :4263).
 * FALSE leak of 'sockaddr': the block escapes inside a loop (addrs[i].sa = &sa[i]; addrs is
 * then stored in srv->addrs, and callers free addrs->sockaddr, ngx_resolver.c:517). The loop
 * is guarded by `if (n)`, so with unsigned n it runs at least once and sa always escapes.
 * ownck keeps the zero-iteration path (`i < n` false on entry) although `n != 0` was just
 * tested, and reports "leak of 'sa' when 'i < n' is false".
 * (ngx_resolver_export is the same with n = naddrs + naddrs6, which both callers,
 * :631 and :2400, only call with n >= 2.)
 * Same shape: dnsmasq 2.90 src/cache.c:171-181 (cache_init, reported at :186): `if (size > 0)`
 * then for (i = 0; i < size; i++, c++) cache_link(c) -- see init() below. */
#include <stdlib.h>

struct addr { int *sa; int len; };
struct srv { struct addr *addrs; unsigned naddrs; };

void handler(unsigned n, const int *in, struct srv *srv)
{
	if (n) {
		struct addr *addrs = calloc(n, sizeof *addrs);
		int *sa;
		unsigned i;

		if (addrs == NULL)
			return;
		sa = malloc(n * sizeof(int));
		if (sa == NULL) {
			free(addrs);
			return;
		}
		for (i = 0; i < n; i++) {
			addrs[i].sa = &sa[i];
			sa[i] = in[i];
		}
		srv->addrs = addrs;
		srv->naddrs = n;
	}
}

void release(struct srv *srv)
{
	free(srv->addrs->sa);
	free(srv->addrs);
}

static int *head;
void init(int size)	/* dnsmasq cache_init */
{
	int *c, i;
	if (size > 0) {
		c = calloc(size, sizeof *c);
		if (!c)
			exit(1);
		for (i = 0; i < size; i++, c++)
			head = c;
	}
}
