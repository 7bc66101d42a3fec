/* Origin: iproute2 6.1.0, ip/iplink.c:189 (get_link_kind); same shape at
 * tc/m_ematch.c:161 and on the success path of genl/genl.c:84,
 * tc/m_action.c:124, tc/m_pedit.c:109, tc/tc.c:142,185, tc/tc_exec.c:73.
 * A plugin is dlopen()ed, a descriptor is looked up with dlsym() and linked
 * into a global registry.  The handle must stay open for as long as the
 * descriptor is reachable (dlclose would unmap it), so never closing it is the
 * intended "leak" (Box::leak), not a bug.
 *
 * ownck today:
 *   dlopen_handle_kept_for_dlsym.c:32:2: warning: leak of 'dlh' when 'dlh' is not NULL [leak]
 *   dlopen_handle_kept_for_dlsym.c:24:14: note: 'dlh' allocated here by 'dlopen'
 *   dlopen_handle_kept_for_dlsym.c:27:7: note: the leaking path: 'dlh' is not NULL
 * expected: no finding (the dlsym result borrows from the handle and escapes
 * to a global, so the handle is kept alive on purpose).
 */
#include <dlfcn.h>
#include <stddef.h>

struct util { struct util *next; };
static struct util *list;

struct util *get_kind(const char *so, const char *sym)
{
	void *dlh = dlopen(so, RTLD_LAZY);
	struct util *u;

	if (!dlh)
		return NULL;
	u = dlsym(dlh, sym);
	u->next = list;
	list = u;
	return u;
}
