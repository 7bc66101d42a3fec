/* pending (sixth sweep, dnsmasq lease.c:214; 2026-12-07): false finding(s) today, none expected:
 *   sweep_I_global_field_guard.c:40:1: warning: leak of 'leasestream' [leak]
 * A release guarded by a global's field that only the other branch sets.
 * The helper's reduction follows. */
/* From dnsmasq 2.90 src/lease.c:155 (popen) / :192 (pclose) / :214 (reported) in lease_init.
 * FALSE leak of 'leasestream': the stream comes either from popen() (read-only mode) or
 * from fopen() stored in the global daemon->lease_stream. Later `if (!daemon->lease_stream)
 * pclose(leasestream)` closes it exactly when it came from popen(): lease_stream is only
 * ever assigned in the other branch, and lease_init runs once at startup, so it is NULL
 * on the popen path. ownck lets the global field be non-NULL on the popen path. */
#include <stdio.h>
#include <stdlib.h>

struct daemon { FILE *lease_stream; const char *cmd, *file; int ro; };
extern struct daemon *daemon_;

void lease_init(void)
{
	FILE *leasestream;

	if (daemon_->ro) {
		if (daemon_->cmd)
			leasestream = popen(daemon_->cmd, "r");
		else
			return;
	} else {
		leasestream = daemon_->lease_stream = fopen(daemon_->file, "a+");
		if (!leasestream)
			exit(1);
		rewind(leasestream);
	}

	if (leasestream && ferror(leasestream))
		exit(1);

	if (!daemon_->lease_stream) {
		if (!leasestream || pclose(leasestream) == -1)
			exit(1);
	}
}
