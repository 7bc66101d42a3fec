/*
 * config.c - reading and looking up .ownck.json files (config.h).
 */
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>
#include "config.h"
#include "paths.h"
#include "ruleset.h"
#include "source.h"

_Static_assert((int)R_ALL <= (int)CONFIG_MAX_RULES, "CONFIG_MAX_RULES must exceed the number of rules");

typedef struct DirEntry { char *dir; Config *c; bool failed; } DirEntry;

struct ConfigSet {
	char *explicit_path;
	Config *explicit_cfg;
	bool explicit_failed;
	Vec dirs;       /* DirEntry: each directory looked at, and what governs it */
	Vec configs;    /* Config *: owned */
};

ConfigSet *configset_new(const char *path) {
	ConfigSet *cs = xcalloc(1, sizeof(ConfigSet));
	cs->explicit_path = path ? xstrdup(path) : NULL;
	vec_init(&cs->dirs, sizeof(DirEntry));
	vec_init(&cs->configs, sizeof(Config *));
	return cs;
}

static void free_list(char **list, int n) {
	for (int i = 0; i < n; i++) free(list[i]);
	free(list);
}

static void config_free(Config *c) {
	free(c->path);
	free(c->dir);
	free_list(c->models, c->nmodels);
	free_list(c->exclude, c->nexclude);
	free(c);
}

void configset_free(ConfigSet *cs) {
	if (!cs) return;
	for (int i = 0; i < cs->dirs.len; i++) free(VEC_AT(&cs->dirs, DirEntry, i).dir);
	for (int i = 0; i < cs->configs.len; i++) config_free(VEC_AT(&cs->configs, Config *, i));
	vec_free(&cs->dirs);
	vec_free(&cs->configs);
	free(cs->explicit_path);
	free(cs);
}

int configset_count(const ConfigSet *cs) { return cs->configs.len; }
const Config *configset_at(const ConfigSet *cs, int i) { return VEC_AT(&cs->configs, Config *, i); }

static char *errorf(const char *path, const char *fmt, const char *a, const char *b) {
	size_t n = strlen(path) + strlen(fmt) + (a ? strlen(a) : 0) + (b ? strlen(b) : 0) + 16;
	char *m = xmalloc(n);
	int k = snprintf(m, n, "%s: ", path);
	snprintf(m + k, n - (size_t)k, fmt, a ? a : "", b ? b : "");
	return m;
}

/* The rule named by item (a string), or -1 with *err set. */
static int rule_of(const char *path, const char *key, cJSON *item, char **err) {
	if (!cJSON_IsString(item)) {
		*err = errorf(path, "'%s' must list rule names (strings)%s", key, NULL);
		return -1;
	}
	int r = rule_find(item->valuestring);
	if (r < 0) *err = errorf(path, "unknown rule '%s' in '%s' (see ownck --list-rules)", item->valuestring, key);
	return r;
}

static char **string_list(const char *path, const char *key, cJSON *v, int *n, char **err) {
	*n = 0;
	if (!cJSON_IsArray(v)) {
		*err = errorf(path, "'%s' must be an array of strings%s", key, NULL);
		return NULL;
	}
	char **r = xcalloc((size_t)cJSON_GetArraySize(v) + 1, sizeof(char *));
	cJSON *e;
	cJSON_ArrayForEach(e, v) {
		if (!cJSON_IsString(e) || !*e->valuestring) {
			*err = errorf(path, "'%s' must be an array of non-empty strings%s", key, NULL);
			for (int i = 0; i < *n; i++) free(r[i]);
			free(r);
			*n = 0;
			return NULL;
		}
		r[(*n)++] = xstrdup(e->valuestring);
	}
	return r;
}

/* "line L, column C" of a parse error at p in text. */
static char *where(const char *text, const char *p) {
	int line = 1, col = 1;
	for (const char *q = text; q < p && *q; q++) {
		if (*q == '\n') { line++; col = 1; }
		else col++;
	}
	char *r = xmalloc(48);
	snprintf(r, 48, "line %d, column %d", line, col);
	return r;
}

static Config *config_read(const char *path, char **err) {
	*err = NULL;
	SourceCache sc = {0};
	Source *s = source_get(&sc, path);
	if (!s->text) {
		*err = errorf(path, "cannot read the configuration file%s%s", NULL, NULL);
		source_cache_free(&sc);
		return NULL;
	}
	const char *end = NULL;
	cJSON *root = cJSON_ParseWithLengthOpts(s->text, s->size, &end, false);
	if (!root || !cJSON_IsObject(root)) {
		char *w = where(s->text, root ? s->text : (end ? end : cJSON_GetErrorPtr()));
		*err = errorf(path, root ? "the configuration must be a JSON object%s%s" : "not valid JSON (at %s)%s", root ? NULL : w, NULL);
		free(w);
		cJSON_Delete(root);
		source_cache_free(&sc);
		return NULL;
	}
	source_cache_free(&sc);
	Config *c = xcalloc(1, sizeof(Config));
	c->path = xstrdup(path);
	char *d = path_dirname(path);
	c->dir = path_real(d);
	if (!c->dir) c->dir = d;
	else free(d);
	memset(c->severity, -1, sizeof c->severity);
	cJSON *item;
	cJSON_ArrayForEach(item, root) {
		const char *k = item->string;
		if (!strcmp(k, "enable") || !strcmp(k, "disable")) {
			if (!cJSON_IsArray(item)) { *err = errorf(path, "'%s' must be an array of rule names%s", k, NULL); break; }
			cJSON *e;
			cJSON_ArrayForEach(e, item) {
				int r = rule_of(path, k, e, err);
				if (r < 0) break;
				c->rule_state[r] = k[0] == 'e' ? 1 : -1;
			}
		} else if (!strcmp(k, "severity")) {
			if (!cJSON_IsObject(item)) { *err = errorf(path, "'severity' must map rule names to \"error\" or \"warning\"%s%s", NULL, NULL); break; }
			cJSON *e;
			cJSON_ArrayForEach(e, item) {
				int r = rule_find(e->string);
				if (r < 0) { *err = errorf(path, "unknown rule '%s' in 'severity' (see ownck --list-rules)%s", e->string, NULL); break; }
				if (cJSON_IsString(e) && !strcmp(e->valuestring, "error")) c->severity[r] = SEV_ERROR;
				else if (cJSON_IsString(e) && !strcmp(e->valuestring, "warning")) c->severity[r] = SEV_WARNING;
				else { *err = errorf(path, "the severity of '%s' must be \"error\" or \"warning\"%s", e->string, NULL); break; }
			}
		} else if (!strcmp(k, "models")) {
			int n;
			char **m = string_list(path, k, item, &n, err);
			for (int i = 0; i < n; i++) {
				char *abs = path_absolute(c->dir, m[i]);
				free(m[i]);
				m[i] = abs;
			}
			free_list(c->models, c->nmodels);   /* a key given twice: the last one counts */
			c->models = m;
			c->nmodels = n;
		} else if (!strcmp(k, "exclude")) {
			free_list(c->exclude, c->nexclude);
			c->exclude = string_list(path, k, item, &c->nexclude, err);
		} else {
			*err = errorf(path, "unknown key '%s' (known keys: enable, disable, severity, models, exclude)%s", k, NULL);
		}
		if (*err) break;
	}
	cJSON_Delete(root);
	if (*err) {
		config_free(c);
		return NULL;
	}
	return c;
}

const Config *config_for(ConfigSet *cs, const char *file, char **err) {
	*err = NULL;
	if (cs->explicit_path) {
		if (!cs->explicit_cfg && !cs->explicit_failed) {
			cs->explicit_cfg = config_read(cs->explicit_path, err);
			if (cs->explicit_cfg) *(Config **)vec_push(&cs->configs) = cs->explicit_cfg;
			else cs->explicit_failed = true;
			return cs->explicit_cfg;
		}
		if (cs->explicit_failed) *err = errorf(cs->explicit_path, "not usable (see above)%s%s", NULL, NULL);
		return cs->explicit_cfg;
	}
	char *real = path_real(file);
	char *dir = real ? path_dirname(real) : NULL;
	free(real);
	if (!dir) return NULL;
	/* Walk up; remember the answer for every directory passed. */
	Vec passed;
	vec_init(&passed, sizeof(char *));
	Config *found = NULL;
	bool failed = false, known = false;
	for (;;) {
		for (int i = 0; i < cs->dirs.len; i++) {
			DirEntry *e = &VEC_AT(&cs->dirs, DirEntry, i);
			if (!strcmp(e->dir, dir)) { found = e->c; failed = e->failed; known = true; break; }
		}
		if (known) { free(dir); break; }
		char *cand = path_join(dir, ".ownck.json");
		if (path_is_file(cand)) {
			found = config_read(cand, err);
			if (found) *(Config **)vec_push(&cs->configs) = found;
			else failed = true;
			free(cand);
			*(char **)vec_push(&passed) = dir;
			break;
		}
		free(cand);
		*(char **)vec_push(&passed) = dir;
		if (!strcmp(dir, "/")) break;
		dir = path_dirname(dir);
		if (!strcmp(dir, VEC_AT(&passed, char *, passed.len - 1))) { free(dir); break; }
	}
	for (int i = 0; i < passed.len; i++) {
		DirEntry *e = vec_push(&cs->dirs);
		e->dir = VEC_AT(&passed, char *, i);
		e->c = found;
		e->failed = failed;
	}
	vec_free(&passed);
	if (failed && !*err) *err = xstrdup("a configuration file above is not usable");
	return found;
}

bool config_excludes(const Config *c, const char *file) {
	if (!c || !c->nexclude) return false;
	char *real = path_real(file);
	char *abs = real ? real : path_absolute(".", file);
	const char *rel = path_under(abs, c->dir);
	bool hit = false;
	for (int i = 0; rel && *rel && i < c->nexclude && !hit; i++) {
		const char *p = c->exclude[i];
		while (p[0] == '.' && p[1] == '/') p += 2;
		size_t n = strlen(p);
		while (n > 1 && p[n - 1] == '/') n--;
		if (!fnmatch(p, rel, 0)) hit = true;
		else if (!strncmp(rel, p, n) && rel[n] == '/') hit = true;   /* a directory and all under it */
		else {
			char *dirpat = xmalloc(n + 3);   /* a directory pattern: "gen-*" covers "gen-x/a.c" */
			memcpy(dirpat, p, n);
			strcpy(dirpat + n, "/*");
			hit = !fnmatch(dirpat, rel, 0);
			free(dirpat);
		}
	}
	free(abs);
	return hit;
}
