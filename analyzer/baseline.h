/*
 * baseline.h - content keys of findings, for SARIF fingerprints and for
 * baselines (--write-baseline FILE / --baseline FILE).
 *
 * A finding's key is its rule, its file, its enclosing function and a hash of
 * the code of its primary location with comments and white space left out
 * (source.h): never its line number, so inserting lines elsewhere keeps it
 * matched. Findings with equal keys are told apart by their order in the
 * file. A Baseline owns what it read; the Diags it filters are not its own.
 */
#ifndef BASELINE_H
#define BASELINE_H

#include "diag.h"
#include "source.h"

/* Hash of the rule, the function and the code at the primary location. */
uint64_t diag_content_hash(BORROW_MUT SourceCache *src, BORROW const Diag *d);
/* One fingerprint per diagnostic of the sorted array d: the content hash and
 * the occurrence number among equal hashes in the same file ("HASH:N").
 * Returns a malloc'd array of malloc'd strings. */
OWNED char **diag_fingerprints(BORROW_MUT SourceCache *src, BORROW const Diag *d, int n);

typedef struct Baseline Baseline;

/* Reads a baseline; NULL with a message in *err (malloc'd) when it cannot. */
OWNED Baseline *baseline_load(BORROW const char *path, OUT_OWNED char **err);
void baseline_free(OWNED Baseline *b);
/* Drops from diags (a sorted Vec of Diag) each finding the baseline holds,
 * each entry matching at most one finding; returns how many were dropped. */
int baseline_filter(BORROW_MUT Baseline *b, BORROW_MUT SourceCache *src, BORROW_MUT Vec *diags);
/* Writes the findings as a baseline, atomically; false with *err on failure. */
bool baseline_write(BORROW const char *path, BORROW_MUT SourceCache *src, BORROW const Diag *d, int n,
                    OUT_OWNED char **err);

#endif
