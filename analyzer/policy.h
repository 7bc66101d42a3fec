/*
 * policy.h - what is reported, after the analysis: ownck-ignore comments,
 * the rules and severities of the command line and of .ownck.json, and the
 * configuration's excluded paths. Shared by the command line (main.c) and
 * the language server (lsp.c).
 *
 * A Policy borrows everything it points to.
 */
#ifndef POLICY_H
#define POLICY_H

#include "config.h"
#include "ruleset.h"
#include "source.h"
#include "suppress.h"

typedef struct Policy {
	const bool *cli_enabled;    /* [R_ALL]: what --enable/--disable left on */
	const bool *cli_set;        /* [R_ALL]: ... and which of them the command line named */
	ConfigSet *configs;         /* NULL: no configuration */
	bool report_unused;         /* --report-unused-suppressions */
	Vec errors;                 /* char *, malloc'd: unusable configuration files met */
} Policy;

/* Whether rule is checked in file: the command line first, then the file's
 * configuration, then on. (A RuleEnabledFn; ctx is the Policy.) */
bool policy_enabled(void *ctx, int rule, BORROW const char *file);

/* Applies everything above to diags (a sorted Vec of Diag): suppressions,
 * then ownck's own diagnostics about them, then disabled rules, excluded
 * files and configured severities; sorts again. Strings of the diagnostics
 * it adds live in sup. */
void policy_apply(BORROW_MUT Policy *p, BORROW_MUT SourceCache *src, BORROW_MUT Suppressions *sup,
                  BORROW_MUT Vec *diags);

#endif
