/* pending (curl/mosquitto sweep, 2026-12-06): false finding(s) today, none expected:
 *   G_facet_overflow_use_stdin.c:21:2: warning: leak of 'file' [leak]
 */
#include <stdio.h>
#include <string.h>

int f(const char *s, const char *name)
{
	int n = 0;
	int a = 0, b = 0, c = 0, d = 0;
	const char *pa = NULL, *pb = NULL, *pc = NULL, *pd = NULL;
	if (s[0] == 'a') { a = 1; pa = s; }
	if (s[1] == 'b') { b = 1; pb = s; }
	if (s[2] == 'c') { c = 1; pc = s; }
	if (s[3] == 'd') { d = 1; pd = s; }
	{
		int use_stdin = !strcmp(name, "-");
		FILE *file = use_stdin ? stdin : fopen(name, "r");
		if (!file)
			return 1;
		fread(&n, sizeof n, 1, file);
		if (!use_stdin)
			fclose(file);
	}
	if (a && pa) n++;
	if (b && pb) n++;
	if (c && pc) n++;
	if (d && pd) n++;
	return n;
}
