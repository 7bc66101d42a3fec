/*
 * cache.h - what the analysis of one file produced, kept on disk between runs
 * (--cache-dir), so that a re-run re-analyzes only the files that changed and
 * the files whose calls now see different summaries.
 *
 * An entry is keyed by everything that produced it: ownck's binary and model
 * headers, the enabled rules, the working directory (paths are shown
 * relative to it), the file's path and its flags. It records every file the
 * translation unit read (size, time, a hash of the contents: a touch with no
 * change still hits), the unit's findings, its functions with their calls,
 * frames and summaries, and the summaries its calls into other files were
 * checked with (its imports). A loaded unit has no IR, only a body of calls
 * for the call graph; program.c treats its summaries as given.
 *
 * The Cache owns its directory name and salt; loaded units belong to the caller.
 */
#ifndef CACHE_H
#define CACHE_H

#include "unit.h"
#include "program.h"

typedef struct Cache Cache;

/* Salt: what besides the file decides the result (main.c builds it). NULL
 * and *err set when the directory cannot be created. */
OWNED Cache *cache_open(BORROW const char *dir, BORROW const char *salt, BORROW_MUT char **err);
void cache_close(OWNED Cache *c);

/* The unit for this file and flags when the cache has it and none of the
 * files it read changed; else NULL. */
OWNED Unit *cache_load(BORROW Cache *c, BORROW const char *path, BORROW const char *const *args, int nargs);

/* Whether a loaded unit's calls see the summaries it was checked with, and
 * every function of it that is called has a summary on record; false means
 * it must be analyzed again. Call after program_summarize. */
bool cache_still_valid(BORROW const Program *p, int unit);

/* Records unit number unit of p (analyzed this run, its findings made by
 * the per-file rules only: the whole-program ones are made on every run). */
void cache_store(BORROW Cache *c, BORROW const Program *p, int unit, BORROW const char *const *args, int nargs);

/* A hash of a file's bytes, as 32 hex digits into out[33]; false if unreadable. */
bool cache_hash_file(BORROW const char *path, char out[33]);

/* A file as the caches record it, [path, size, seconds, nanoseconds] (a
 * cJSON array for the caller to put in its tree, which owns it from then on;
 * NULL when it cannot be read), and whether a record still holds: the same
 * size and modification time. The time is two integers, which cJSON prints
 * in full (one double of nanoseconds was printed in 15 digits when those came
 * within an epsilon, and did not read back equal). */
struct cJSON;
struct cJSON *cache_file_stamp(BORROW const char *path);
bool cache_stamp_holds(BORROW const struct cJSON *stamp);

#endif
