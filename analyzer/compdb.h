/*
 * compdb.h - compile_commands.json (as CMake, bear, meson and others write
 * it), read through libclang's own compilation-database API.
 *
 * For each file the database gives a compiler command line; ownck needs only
 * the flags that shape parsing. compdb keeps those, makes relative paths in
 * them absolute against the entry's "directory" (the workers are threads and
 * cannot chdir), and drops what libclang rejects, with a warning: the
 * compiler (argv[0]), the input file, -c, -o FILE, dependency-file flags
 * (-MD, -MF FILE, ...), -Werror (a warning must not make a file "not
 * compile"), and any flag libclang reports as unknown (GCC-only flags such as
 * -fconserve-stack), found by letting libclang parse an empty file with the
 * flags. Response files (@FILE) and the "command" string form are expanded
 * by libclang itself.
 *
 * A CompDb owns its entries and their strings, and its own CXIndex (for the
 * flag probe); it is used by one thread at a time.
 */
#ifndef COMPDB_H
#define COMPDB_H

#include <stdbool.h>
#include "arena.h"

typedef struct CompileEntry {
	OWNED char *file;       /* absolute */
	OWNED char **args;      /* the flags to parse with */
	int nargs;
	bool exact;             /* false: inferred from the nearest entry (a header, a new file) */
} CompileEntry;

typedef struct CompDb CompDb;

/* dir holds compile_commands.json (dir may also name the file itself).
 * NULL with *err (malloc'd) when there is no usable database. */
OWNED CompDb *compdb_open(BORROW const char *dir, OUT_OWNED char **err);
void compdb_free(OWNED CompDb *db);

/* Every entry: one per file and set of flags (a file built twice with other
 * flags is two; a command recorded twice one), in the database's order. */
int compdb_count(BORROW CompDb *db);
BORROW const CompileEntry *compdb_at(BORROW CompDb *db, int i);

/* The entry for file (any path; relative to the current directory), the
 * exact one when the database lists the file, else one libclang infers from
 * a similar file; NULL when the database has nothing at all. */
BORROW LIFETIME(db) const CompileEntry *compdb_lookup(BORROW_MUT LIFETIME(db) CompDb *db, BORROW const char *file);

/* The n-th entry the database lists for file (0: the first; a file built
 * with other flags has more), or NULL. */
BORROW LIFETIME(db) const CompileEntry *compdb_exact(BORROW LIFETIME(db) CompDb *db, BORROW const char *file, int n);

/* Warnings about flags dropped since the last call (malloc'd strings, moved
 * to the caller), each flag once per database. */
int compdb_take_warnings(BORROW_MUT CompDb *db, OUT_OWNED char ***out);

/* The compile_commands.json governing file: the nearest one found walking up
 * from the file's directory, in each directory itself or in its build/
 * subdirectory. Returns the directory holding it (malloc'd), or NULL. */
OWNED char *compdb_find_for(BORROW const char *file);

#endif
