/*
 * verify.h - `ownck --verify FILE...`: checks the expectation comments of
 * test files (annotations.md 6) against what ownck reports.
 */
#ifndef VERIFY_H
#define VERIFY_H

#include "driver.h"

/* Prints a line per file; returns the exit status: 0 all matched, 1 some
 * did not, 2 some file could not be read. */
int verify_files(BORROW const Options *o, BORROW const FrontendConfig *cfg, BORROW const Model *m);

#endif
