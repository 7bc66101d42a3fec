#include <dlfcn.h>
#include <stdio.h>

/* Calling into a loaded library through a symbol of it (a plugin's init,
 * which registers its functions with the program) keeps the library loaded
 * on purpose: dlclose() would unmap code that is still reachable (gawk's
 * ext.c load_ext, and most plugin loaders). */

extern void fatal(const char *msg, ...) __attribute__((noreturn));
struct api;
extern const struct api api_impl;

void load_ext(const char *lib_name)
{
    int (*install_func)(const struct api *);
    void *dl;

    if ((dl = dlopen(lib_name, RTLD_LAZY)) == NULL)
        fatal("cannot open library `%s': %s", lib_name, dlerror());

    install_func = (int (*)(const struct api *)) dlsym(dl, "dl_load");
    if (install_func == NULL)
        fatal("library `%s': no dl_load: %s", lib_name, dlerror());

    if (install_func(&api_impl) == 0)
        fprintf(stderr, "library `%s' initialization failed\n", lib_name);
}
