/*
 * frontend.h - from a file on disk to a Unit full of IR, through libclang.
 *
 * A Frontend is one worker's parser (it owns one CXIndex); create one per
 * thread. A Model holds the signatures read from model headers; it is loaded
 * once before the workers start and is read-only afterwards, so all workers
 * share it.
 */
#ifndef FRONTEND_H
#define FRONTEND_H

#include "unit.h"

typedef struct FrontendConfig {
	const char *include_dir;        /* the directory holding ownck.h */
	const char *resource_dir;       /* clang's builtin headers */
	const char **model_paths;       /* model headers, in order; later ones win */
	int nmodels;
	long long function_budget;      /* Unit.budget of what it parses */
	bool record_deps;               /* fill Unit.deps (for the cache) */
	const char *model_cache;        /* where the first model's signatures are kept (modelcache.h), or NULL */
} FrontendConfig;

typedef struct Model Model;
typedef struct Frontend Frontend;

/* Reads the model headers; problems are appended to errors (const char *,
 * malloc'd) and the model is still usable without the header that failed. */
OWNED Model *model_load(BORROW const FrontendConfig *cfg, BORROW_MUT Vec *errors);
void model_free(OWNED Model *m);
/* For --stats: how many signatures, whether read from the cache (else why
 * not, "" when there is none), the time to load. */
void model_stats(BORROW const Model *m, int *signatures, bool *from_cache, double *seconds, const char **why);

OWNED Frontend *frontend_new(BORROW const FrontendConfig *cfg, BORROW const Model *m);
void frontend_free(OWNED Frontend *fe);

/* Parses path with the extra compiler arguments and lowers every function
 * defined in it. Never NULL; when the file could not be parsed, the unit has
 * failed set and its errors say why (with clang's own messages). */
OWNED Unit *frontend_run(BORROW Frontend *fe, BORROW const char *path,
                         BORROW const char *const *args, int nargs);

/* The same for a file whose text is given (an editor's unsaved buffer): path
 * names it (it need not exist on disk, and its #include "..." resolve from its
 * directory as usual); the disk's version, if any, is not read. */
OWNED Unit *frontend_run_text(BORROW Frontend *fe, BORROW const char *path, BORROW const char *text,
                              size_t len, BORROW const char *const *args, int nargs);

const char *frontend_clang_version(void);   /* malloc'd */

#endif
