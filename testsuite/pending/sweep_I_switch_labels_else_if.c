/* pending (sixth sweep, dnsmasq option.c:2399; 2026-12-07): false finding(s) today, none expected:
 *   sweep_I_switch_labels_else_if.c:40:3: warning: leak of 'new' [leak]
 * An if / else if chain over exactly the case labels of its switch arm.
 * The helper's reduction follows. */
/* From dnsmasq 2.90 src/option.c:2375-2399 (one_opt, case LOPT_DHCP_HOST / LOPT_DHCP_OPTS / 'H').
 * FALSE leak of 'new': the block is reached only through the three case labels, so
 * `option` is one of 'H', OPT_HOST, OPT_OPTS, and the if / else if / else if chain on those
 * same three values always links `new` into a list. ownck does not narrow `option` to the
 * case labels of the switch arm and keeps the path where no branch matches. */
#include <stdlib.h>

#define OPT_HOST 300
#define OPT_OPTS 301

struct hostsfile { struct hostsfile *next; int index; };
struct daemon { struct hostsfile *addn_hosts, *hosts_file, *opts_file; int host_index; };
extern struct daemon *daemon_;

int one_opt(int option)
{
	switch (option) {
	case OPT_HOST:
	case OPT_OPTS:
	case 'H':
	{
		struct hostsfile *new = malloc(sizeof(struct hostsfile));
		if (!new)
			return 0;
		new->index = daemon_->host_index++;
		if (option == 'H') {
			new->next = daemon_->addn_hosts;
			daemon_->addn_hosts = new;
		} else if (option == OPT_HOST) {
			new->next = daemon_->hosts_file;
			daemon_->hosts_file = new;
		} else if (option == OPT_OPTS) {
			new->next = daemon_->opts_file;
			daemon_->opts_file = new;
		}
		break;
	}
	default:
		return 0;
	}
	return 1;
}
