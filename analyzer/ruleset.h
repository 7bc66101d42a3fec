/*
 * ruleset.h - every rule a diagnostic can carry: the analysis rules of
 * rules/rules.def (RuleId 0 .. R_COUNT-1), then ownck's own rules about its
 * suppression comments, which are reported after the analysis (suppress.c).
 *
 * The tool rules are listed, enabled, disabled, explained and emitted like
 * the others; only the analysis never produces them. Nothing here is owned:
 * the table is static.
 */
#ifndef RULESET_H
#define RULESET_H

#include "rules.h"

enum {
	R_UNKNOWN_SUPPRESSION = R_COUNT,   /* an ownck-ignore comment names no rule ownck has */
	R_UNUSED_SUPPRESSION,              /* --report-unused-suppressions: it suppressed nothing */
	R_ALL                              /* the number of rules of both kinds */
};

/* The rule's id, Rust code, CWE, default severity and summary; id in [0, R_ALL). */
BORROW LIFETIME(static) const RuleInfo *rule_info(int id);
/* Any rule by its name, or -1. */
int rule_find(BORROW const char *name);

#endif
