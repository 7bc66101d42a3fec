/* places: fields through . and ->, indexes, derefs, address-of, pointer arithmetic */
struct s { char *buf; struct s *next; int n; };
void f(struct s *sp, struct s v, char **pp) {
    sp->next->n = 1;
    v.buf = *pp;
    char *q = v.buf + 2;
    q++;
    pp[1] = &v.buf[0];
    sp->buf += 3;
}
