/*
 * config.h - .ownck.json, the per-project configuration (docs/suppressions.md
 * "Configuration").
 *
 *   {"disable": ["leak"], "enable": [], "severity": {"realloc-leak": "warning"},
 *    "models": ["include/mylib-model.h"], "exclude": ["third_party/", "*.gen.c"]}
 *
 * The file that governs a source file is the nearest .ownck.json found by
 * walking up from the source file's directory, or the one given with
 * --config, which then governs every file. Paths in it are relative to its
 * own directory. Any key not listed above is an error that names the key.
 *
 * A ConfigSet owns every Config it read; Configs are read once per
 * directory and live as long as the set. Not thread-safe.
 */
#ifndef CONFIG_H
#define CONFIG_H

#include "diag.h"

enum { CONFIG_MAX_RULES = 128 };   /* more than R_ALL (checked in config.c) */

typedef struct Config {
	OWNED char *path;           /* the .ownck.json file */
	OWNED char *dir;            /* its directory (a real path) */
	signed char rule_state[CONFIG_MAX_RULES];   /* by rule: 0 not said, 1 enable, -1 disable */
	signed char severity[CONFIG_MAX_RULES];     /* by rule: -1 not said, else a Severity */
	OWNED char **models;        /* absolute paths */
	int nmodels;
	OWNED char **exclude;       /* patterns, relative to dir */
	int nexclude;
} Config;

typedef struct ConfigSet ConfigSet;

/* With path (from --config) every file is governed by that file. */
OWNED ConfigSet *configset_new(BORROW const char *path);
void configset_free(OWNED ConfigSet *cs);

/* The Config that governs file (any path, existing), or NULL when there is
 * none. A file that cannot be read or is not valid is an error: NULL, and
 * *err (malloc'd) says which file and which key. */
BORROW LIFETIME(cs) const Config *config_for(BORROW_MUT LIFETIME(cs) ConfigSet *cs, BORROW const char *file,
                                             OUT_OWNED char **err);

/* Whether the config's "exclude" patterns cover file. */
bool config_excludes(BORROW const Config *c, BORROW const char *file);

/* Every Config read so far, in the order first read. */
int configset_count(BORROW const ConfigSet *cs);
BORROW const Config *configset_at(BORROW const ConfigSet *cs, int i);

#endif
