/*
 * ruleset.c - the analysis rules and ownck's own rules in one numbering.
 */
#include <string.h>
#include "ruleset.h"

static const RuleInfo tool_rules[R_ALL - R_COUNT] = {
	{"unknown-suppression", NULL, 0, SEV_WARNING, "an ownck-ignore comment names a rule ownck does not have", false},
	{"unused-suppression", NULL, 0, SEV_WARNING,
	 "an ownck-ignore comment that suppressed nothing (with --report-unused-suppressions)", false},
};

const RuleInfo *rule_info(int id) {
	return id < R_COUNT ? &rule_table[id] : &tool_rules[id - R_COUNT];
}

int rule_find(const char *name) {
	int id = rule_lookup(name);
	if (id >= 0) return id;
	for (int i = R_COUNT; i < R_ALL; i++)
		if (!strcmp(tool_rules[i - R_COUNT].id, name)) return i;
	return -1;
}
