/* pending (sixth sweep, dnsmasq network.c:432,436; 2026-12-07): false finding(s) today, none expected:
 *   sweep_I_exclusive_field_tests.c:36:4: warning: leak of 'al': it is overwritten while it still owns its memory [leak]
 *   sweep_I_exclusive_field_tests.c:39:4: warning: leak of 'al': it is overwritten while it still owns its memory [leak]
 * Two tests of one field against two constants: needs condition keys with a memory place,
 * forgotten at the stores that may reach it, and stores told apart by type (al->flags = 0
 * between the tests writes an int through a fresh block), as mosquitto's subs.c.
 * The helper's reduction follows. */
/* From dnsmasq 2.90 src/network.c:366-448 (iface_allowed; reported at :432 and :436).
 * FALSE leak "'al': it is overwritten while it still owns its memory": al is allocated in
 * the `if (addr->family == AF_INET ...)` block and assigned again in the following
 * `if (addr->family == AF_INET6 ...)` block, but a field cannot equal both values and
 * nothing in between writes it, so at most one block runs; `al` is then linked into a list.
 * ownck does not correlate the two equality tests on the same field (with a plain local or
 * parameter `fam == 2` / `fam == 10` it does, and reports nothing; with `addr->family` it
 * reports even when nothing at all is written between the two tests). */
#include <stdlib.h>

#define FAM4 2
#define FAM6 10

struct addrlist { struct addrlist *next; int flags; };
struct sa { int family; int a4; };
struct param { struct addrlist *spare; };

void add(const struct sa *addr, struct param *param, struct addrlist **list)
{
	struct addrlist *al = NULL;

	if (addr->family == FAM4) {
		al = malloc(sizeof *al);
		if (al)
			al->flags = 0;
	}
	if (addr->family == FAM6) {
		if (param->spare) {
			al = param->spare;
			param->spare = al->next;
		} else
			al = malloc(sizeof *al);
		if (al)
			al->flags = 1;
	}
	if (al) {
		al->next = *list;
		*list = al;
	}
}
