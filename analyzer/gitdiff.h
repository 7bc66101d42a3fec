/*
 * gitdiff.h - --diff=REF and --staged: which lines git says changed, so that
 * only findings on those lines are reported (docs/pre-commit.md).
 *
 *   --diff=REF   the working tree against REF (git diff REF), plus every
 *                line of files git does not track yet
 *   --staged     the index against HEAD (git diff --cached)
 *
 * git is run as a program (never through a shell). A ChangedLines owns the
 * line sets it read.
 */
#ifndef GITDIFF_H
#define GITDIFF_H

#include <stdbool.h>
#include "arena.h"

typedef struct ChangedLines ChangedLines;

/* ref is ignored when staged. NULL with *err (malloc'd) when git fails (not
 * a repository, an unknown REF). */
OWNED ChangedLines *gitdiff_load(BORROW const char *ref, bool staged, OUT_OWNED char **err);
void gitdiff_free(OWNED ChangedLines *c);
/* Whether line of file (any path) changed. */
bool gitdiff_changed(BORROW ChangedLines *c, BORROW const char *file, int line);

#endif
