/*
 * driver.h - files in, analyzed units out, on a pool of worker threads.
 *
 * Each worker owns one Frontend (one CXIndex) and pulls the next file from a
 * shared counter; results land in the slot of their file, so the output
 * order never depends on the number of threads. The caller owns the units.
 */
#ifndef DRIVER_H
#define DRIVER_H

#include "frontend.h"
#include "ruleset.h"
#include "program.h"

/* The stack-depth rule's limit when --stack-limit is not given: Linux's
 * default for a main thread (ulimit -s). */
#define DEFAULT_STACK_LIMIT (8LL << 20)

typedef enum Format { FMT_TEXT, FMT_JSON, FMT_SARIF } Format;

typedef struct Options {
	const char **files;
	int nfiles;
	const char **cc_args;       /* after -- (and -I/-D/-std...): for every file */
	int ncc_args;
	const char *const *const *file_args;   /* when not NULL: file i's own flags (-p), */
	const int *nfile_args;                  /* used instead of cc_args */
	const char *const *texts;   /* when not NULL: file i's text as ownck read it (a pipe,
	                               standard input: main.c), or NULL for libclang to read */
	const size_t *text_lens;
	const char *const *unreadable;   /* when not NULL: why file i could not be read, or NULL */
	Format format;
	const char *output;         /* -o FILE, or NULL for stdout */
	int jobs;
	bool enabled[R_ALL];       /* by RuleId, and ownck's own rules (ruleset.h) */
	bool run_rule[R_ALL];      /* what the analysis runs: enabled, and the opt-in rules a
	                              configuration may enable (main.c filters those afterwards) */
	long long stack_limit;     /* --stack-limit, bytes */
	struct Cache *cache;       /* --cache-dir, or NULL */
	bool werror, quiet, color, stats;
	bool dump_ir, verify;
	const char *dump_callgraph;   /* --dump-callgraph=FILE.dot, or NULL */
	const char *dump_cfg;         /* --dump-cfg=FUNCTION: its CFG as DOT instead of the findings, or NULL */
	const char *dump_lifetimes;   /* --dump-lifetimes=FUNCTION: its loans and regions as DOT, or NULL */
	const char *explain_file;     /* --explain-states=FILE:FUNCTION: the function's source with its */
	const char *explain_function; /* states instead of the findings, or NULL */
	bool explain_html;            /* --explain-states-html: as an HTML page */
	long long function_budget;    /* --function-budget, in bytes */
	/* after the analysis (main.c, policy.h, baseline.h, gitdiff.h) */
	bool rule_set[R_ALL];         /* the rules --enable/--disable named */
	const char *config;           /* --config FILE */
	const char *baseline;         /* --baseline FILE */
	const char *write_baseline;   /* --write-baseline FILE */
	bool report_unused;           /* --report-unused-suppressions */
	const char *diff_ref;         /* --diff=REF */
	bool staged;                  /* --staged */
	const char *build_dir;        /* -p BUILD-DIR */
	bool lsp;                     /* --lsp */
} Options;

/* Analyzes every file of o into units[0 .. o->nfiles), as one program:
 * every file is parsed and lowered, then the summaries are inferred over
 * the whole call graph, then each file is checked. Returns that program
 * (its call graph, for --dump-callgraph); it borrows the units. */
OWNED Program *driver_run(BORROW const Options *o, BORROW const FrontendConfig *cfg, BORROW const Model *m,
                          BORROW_MUT Unit **units);

/* Runs one file through the whole pipeline, as a program of its own; used
 * by --verify. */
OWNED Unit *driver_analyze_one(BORROW Frontend *fe, BORROW const char *path, BORROW const char *const *args,
                               int nargs, BORROW const bool *enabled, long long stack_limit);
/* The same for an unsaved buffer: text is path's contents (frontend_run_text). */
OWNED Unit *driver_analyze_text(BORROW Frontend *fe, BORROW const char *path, BORROW const char *text, size_t len,
                                BORROW const char *const *args, int nargs, BORROW const bool *enabled, long long stack_limit);

/* Runs fn(arg) on a thread with a stack big enough for deeply nested input. */
void driver_on_big_stack(void (*fn)(void *), void *arg);

#endif
