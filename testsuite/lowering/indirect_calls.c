/* calls through function pointers: (*cb)(n) and (**cb)(n) call cb and read
 * nothing through it; a pointer to a function pointer is read once */
typedef void (*fn)(int);
struct ops { void (*run)(void *); };
void f(fn cb, fn *slot, struct ops *o, void *p, int n) {
    cb(n);
    (*cb)(n);
    (**cb)(n);
    (*slot)(n);
    (**slot)(n);
    o->run(p);
    (*o->run)(p);
}
