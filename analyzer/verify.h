/*
 * verify.h - `ownck --verify FILE...`: checks the expectation comments of
 * test files (annotations.md 6) against what ownck reports.
 */
#ifndef VERIFY_H
#define VERIFY_H

#include "driver.h"

/* Returns the number of files that did not match; prints a line per file. */
int verify_files(BORROW const Options *o, BORROW const FrontendConfig *cfg, BORROW const Model *m);

#endif
