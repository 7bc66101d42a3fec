#include <dlfcn.h>

/* A symbol only read (not code run) leaves the handle the function's to
 * close; and a call after dlclose() runs unmapped code (the borrow dlsym's
 * result holds, LIFETIME(h) in the model, reports it at the dlclose). */

int read_version(const char *lib)
{
    void *h = dlopen(lib, RTLD_NOW);               // expect-note: 'h' allocated here by 'dlopen'
    if (!h)
        return -1;
    const int *version = dlsym(h, "version");
    if (!version)
        return -1;                                 // expect: leak
    return *version;                               // expect: leak
}

int call_after_close(const char *lib)
{
    void *h = dlopen(lib, RTLD_NOW);
    if (!h)
        return -1;
    int (*init)(void) = (int (*)(void)) dlsym(h, "init");   // expect-note: shared borrow of '*h' occurs here, by the result of 'dlsym'
    if (!init) {
        dlclose(h);
        return -1;
    }
    dlclose(h);                                    // expect: move-while-borrowed
    return init();                                 // expect-note: borrow later used here, by 'init'
}
