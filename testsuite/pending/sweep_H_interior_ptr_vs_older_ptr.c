/* pending (curl/mosquitto sweep, 2026-12-06): false finding(s) today, none expected:
 *   H_interior_ptr_vs_older_ptr.c:21:1: warning: leak of 'copy' [leak]
 */
#include <stdlib.h>
#include <string.h>

void emit(const char *s);

void f(const char *data, size_t off)
{
	char *copy = NULL;
	const char *ptr = data + off;
	if (*ptr == ';') {
		copy = strdup(data);
		if (!copy)
			return;
		copy[off] = ':';
		ptr = &copy[off];
	}
	if (ptr != data) {
		emit(ptr);
		free(copy);
	}
}
