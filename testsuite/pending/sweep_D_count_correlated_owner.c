/* pending (curl/mosquitto sweep, 2026-12-06): false finding(s) today, none expected:
 *   D_count_correlated_owner.c:12:4: warning: double free of 'payload' [double-free]
 *   D_count_correlated_owner.c:19:3: warning: leak of 'payload' when 'len == 0' is true [leak]
 */
#include <stdlib.h>

int send_all(const unsigned char *p, size_t n);

int f(const unsigned char *in, size_t count)
{
	unsigned char *payload = NULL, *tmp;
	size_t len = 0;
	for (size_t i = 0; i < count; i++) {
		tmp = realloc(payload, len + 1);
		if (!tmp) {
			free(payload);
			return 1;
		}
		payload = tmp;
		payload[len++] = in[i];
	}
	if (len == 0)
		return 1;
	send_all(payload, len);
	free(payload);
	return 0;
}
