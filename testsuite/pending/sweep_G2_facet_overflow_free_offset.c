/* pending (curl/mosquitto sweep, 2026-12-06): false finding(s) today, none expected:
 *   G2_facet_overflow_free_offset.c:29:3: warning: 'free' releases 'param', which does not point to the start of its allocation [free-offset]
 */
#include <stdlib.h>
#include <string.h>

void use(const char *p);

void f(const char *s, char *line)
{
	int a = 0, b = 0, c = 0, d = 0;
	const char *pa = NULL, *pb = NULL, *pc = NULL, *pd = NULL;
	char *param;
	int alloced = 0;
	if (s[0] == 'a') { a = 1; pa = s; }
	if (s[1] == 'b') { b = 1; pb = s; }
	if (s[2] == 'c') { c = 1; pc = s; }
	if (s[3] == 'd') { d = 1; pd = s; }
	if (*line == '"') {
		param = malloc(strlen(line) + 1);
		if (!param)
			return;
		strcpy(param, line + 1);
		alloced = 1;
	} else {
		param = line;
		while (*param == ' ')
			param++;
	}
	use(param);
	if (alloced)
		free(param);
	if (a && pa) use(pa);
	if (b && pb) use(pb);
	if (c && pc) use(pc);
	if (d && pd) use(pd);
}
