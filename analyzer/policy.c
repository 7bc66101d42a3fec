/*
 * policy.c - suppressions, rule selection, severities and exclusions applied
 * to a run's diagnostics (policy.h).
 */
#include <stdlib.h>
#include <string.h>
#include "policy.h"

static const Config *config_of(Policy *p, const char *file) {
	if (!p->configs) return NULL;
	char *err = NULL;
	const Config *c = config_for(p->configs, file, &err);
	if (err) {
		bool seen = false;
		for (int i = 0; i < p->errors.len && !seen; i++) seen = !strcmp(VEC_AT(&p->errors, char *, i), err);
		if (seen || !p->errors.elem) free(err);
		else *(char **)vec_push(&p->errors) = err;
	}
	return c;
}

bool policy_enabled(void *ctx, int rule, const char *file) {
	Policy *p = ctx;
	if (p->cli_set && p->cli_set[rule]) return p->cli_enabled[rule];
	const Config *c = config_of(p, file);
	if (c && c->rule_state[rule]) return c->rule_state[rule] > 0;
	return p->cli_enabled ? p->cli_enabled[rule] : true;
}

void policy_apply(Policy *p, SourceCache *src, Suppressions *sup, Vec *diags) {
	suppress_filter(sup, src, diags);
	suppress_report(sup, p->report_unused, policy_enabled, p, diags);
	Diag *d = diags->data;
	int out = 0;
	for (int i = 0; i < diags->len; i++) {
		if (!policy_enabled(p, d[i].rule, d[i].at.file)) continue;
		const Config *c = config_of(p, d[i].at.file);
		if (c && config_excludes(c, d[i].at.file)) continue;
		if (c && c->severity[d[i].rule] >= 0) d[i].sev = (Severity)c->severity[d[i].rule];
		d[out++] = d[i];
	}
	diags->len = out;
	diag_sort_dedupe(diags);
}
