/* A macro defined again between its uses, named inside another macro's
 * body (rsync's lib/md5.c: F, G, H, I redefined between the rounds that
 * expand P): each expansion of P uses the F in force where P is expanded,
 * not the last one. The operators of both rounds are recovered. */
typedef unsigned int uint32;

uint32 rounds(const uint32 *X, uint32 B, uint32 C, uint32 D)
{
	uint32 A = 0;
#define S(x, n) ((x << n) | ((x & 0xFFFFFFFF) >> (32 - n)))
#define P(a, b, c, d, k, s, t) a += F(b, c, d) + X[k] + t, a = S(a, s) + b
#define F(x, y, z) (y ^ (z & (x ^ y)))
	P(A, B, C, D, 12, 20, 0x8D2A4C8A);
#undef F
#define F(x, y, z) (x ^ y ^ z)
	P(A, B, C, D, 5, 4, 0xFFFA3942);
#undef F
#define F(x, y, z) ((x) < (y) ? (z) : (x) - (y))
	P(A, B, C, D, 1, 6, 0xF4292244);
	return A;
}
