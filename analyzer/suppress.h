/*
 * suppress.h - `// ownck-ignore: RULE[, RULE]` comments (docs/suppressions.md).
 *
 * A comment after code on the line of a finding's primary location, or alone
 * on the line before it, hides that finding when it names its rule. A name
 * that is no rule is reported (unknown-suppression), and with
 * --report-unused-suppressions so is a name that hid nothing
 * (unused-suppression): both are ownck's own rules (ruleset.h).
 *
 * A Suppressions owns the comments it found and the strings of the
 * diagnostics it reports (an arena): free it only after those diagnostics
 * are printed. File names are borrowed from the caller and must outlive it.
 */
#ifndef SUPPRESS_H
#define SUPPRESS_H

#include "diag.h"
#include "source.h"

typedef struct Suppressions Suppressions;

OWNED Suppressions *suppress_new(void);
void suppress_free(OWNED Suppressions *s);

/* Reads the comments of file (a display path, as in DiagLoc), once. */
void suppress_scan(BORROW_MUT Suppressions *s, BORROW_MUT SourceCache *src, BORROW const char *file);

/* Drops from diags (a Vec of Diag) every finding a comment names, scanning
 * the findings' files first; returns how many were dropped. */
int suppress_filter(BORROW_MUT Suppressions *s, BORROW_MUT SourceCache *src, BORROW_MUT Vec *diags);

/* Whether a rule is checked in a file (for unused suppressions: a comment
 * naming a rule that was not checked there is not unused). */
typedef bool (*RuleEnabledFn)(void *ctx, int rule, BORROW const char *file);

/* Appends to diags the unknown rule names of every scanned comment, and with
 * report_unused the names that hid nothing. */
void suppress_report(BORROW_MUT Suppressions *s, bool report_unused, RuleEnabledFn enabled, void *ctx,
                     BORROW_MUT Vec *diags);

#endif
