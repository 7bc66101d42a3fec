/* Nodes whose extent ownck works out without libclang's token measurement
 * (frontend.c), in the shapes that could fool it: extents.sh runs ownck on
 * this file with OWNCK_CHECK_EXTENTS=1, which compares each with libclang's. */
#include <stdlib.h>
#include <string.h>

#define NEG(x) (-(x))
#define FIELD(p) ((p)->next)
#define PLUS_ONE + 1
#define NOTHING
#define CALL(f, a) f(a)
#define $dollar 3

struct node { struct node *next; int v; union { int i; float f; }; struct { int a, b; } pair; };

static int tables[4][4];

int big_numbers(int n) {
	double d = 1.5e+10 + 0x1p-3 + 1e-5 + .5 + 07 + 0xFFul + 10ULL + 1.0f;
	unsigned long long big = 18446744073709551615ULL + 0xFFFFFFFFFFFFFFFF + 9223372036854775807 + 0x80000000 +
	                         4294967296 + 0b101 + 0777 + 0 + 00 + 0x0 + 42lu + 42LLU + 'x' + sizeof(int);
	n += (int)big;
	int $x = $dollar;
	int long_name_\
spliced = 2;
	int é = 1;
	return (int)d + n + $x + long_name_spliced + é + 'a' + L'b' + "str"[0] + "ad" "jacent"[3];
}

int members(struct node *n, struct node s) {
	int t = n->next->next->v + s.pair.a + n->pair.b + s.i + (int)s.f;
	t += FIELD(n)->v + FIELD(FIELD(n))->v;
	t += tables[1][2] + tables[t & 3][0];
	n->v++;
	++n->v;
	s.pair.a--;
	t = -t + !t + ~t + NEG(t) + -NEG(t) + *&t;
	t = t PLUS_ONE;
	t = t NOTHING;
	t += sizeof t + sizeof(struct node) + _Alignof(int);
	return t ? t : n ? n->v : 0;
}

int chains(int k) {
	if (k == 1) return 1;
	else if (k == 2) return 2;
	else if (k == 3) return 3;
	else if (k == 4) { return 4; }
	else return k > 5 ? k : k + 1;
}

void loops(char *p, int n) {
	for (int i = 0; i < n; i++) p[i] = 0;
	for (;;) break;
	while (n--) continue;
	do n++; while (n < 3);
	switch (n) {
	case 1:
	case 2: n = 3; break;
	case 4 ... 6: n = 7;
	default: n = 0;
	}
label:
	if (n++ < 3) goto label;
	n = (n, n + 1);
	n = CALL(abs, n) + CALL(abs, -n);
	char *q = malloc(n ? n : 1);
	if (!q) return;
	memcpy(q, p, (size_t)n);
	free(q);
}

#define STEP(x) x++;
#define BLOCK { }

int blocks(int n) {
	{}
	{ n++; }
	{ n++ /* between */ ; /* and after */ }
	{ STEP(n) }
	{ n++; BLOCK }
	if (n) { } else { n--; }
	int v = ({ int t = n; t + 1; });
	do { n--; } while (n > 0 /* before the parenthesis */ );
	do n--; while (n > 3);
	return v + ({ n; });
}

/* Macro invocations, whose extents ownck reads from the text too: their
 * arguments hold what a parenthesis count must skip. */
#define ID(x) x
#define PICK(a, b) (b)
#define EMPTY() 0
#define OBJ 42

int invocations(int n, const char *s) {
	n += ID( /* ) */ n ) + ID(n /* ( */);
	n += PICK(")", n) + PICK('(', n) + PICK(')', ID(n)) + PICK("\")(", n);
	n += ID(n // a line comment with )
	        ) + PICK(n,
	                 ID(ID(n)));
	n += EMPTY() + EMPTY ( ) + EMPTY(/* nothing */) + OBJ + ID(OBJ) + ID((n)) + ID(((n)));
	n += s[PICK(0, 1)] + ID(s)[0] + CALL(ID, n) + NEG(ID(n));
	return n;
}

int *dangle(void) {
	int local = 0;
	return &local;
}
