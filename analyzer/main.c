/*
 * main.c - ownck's command line: options, where its data lives, which mode
 * runs, which files with which flags (-p, .ownck.json), what is reported
 * after the analysis (suppressions, configuration, baseline, --diff), and the
 * exit status (0 clean, 1 findings, 2 could not do the job).
 *
 * This is the only file with process-wide state: the options and the model,
 * set up before any worker starts and read-only afterwards.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <sys/resource.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <regex.h>
#include "driver.h"
#include "emit.h"
#include "explain.h"
#include "verify.h"
#include "callgraph.h"
#include "baseline.h"
#include "compdb.h"
#include "cache.h"
#include "config.h"
#include "gitdiff.h"
#include "lsp.h"
#include "paths.h"
#include "policy.h"

#ifndef OWNCK_VERSION
#define OWNCK_VERSION "0.1.0"
#endif
#ifndef OWNCK_SRCDIR
#define OWNCK_SRCDIR "."
#endif
#ifndef OWNCK_DATADIR
#define OWNCK_DATADIR "/usr/local/share/ownck"
#endif
#ifndef OWNCK_RESOURCE_DIR
#define OWNCK_RESOURCE_DIR ""
#endif

static const char usage[] =
	"usage: ownck [options] FILE... [-- COMPILER-ARGS...]   (FILE `-`: standard input)\n"
	"       ownck -p BUILD-DIR [options] [FILE...]   flags from BUILD-DIR/compile_commands.json\n"
	"       ownck --lsp                  language server on stdin/stdout (docs/editors.md)\n"
	"       ownck --verify FILE...       check a test file's expectation comments\n"
	"       ownck --dump-ir FILE...      print the control-flow IR of each function\n"
	"       ownck --list-rules | --explain RULE | --version | --help\n"
	"\n"
	"Checks C code against Rust's ownership rules (annotations from <ownck.h>).\n"
	"\n"
	"options:\n"
	"  --format=text|json|sarif  output format (default text)\n"
	"  -o FILE                 write the findings to FILE (atomically)\n"
	"  -p BUILD-DIR            compile_commands.json (CMake, bear): every entry, or the FILEs' entries\n"
	"  -j N                    analyze N files in parallel (default: number of cores)\n"
	"  --enable=RULE,...       turn rules on; --disable=RULE,... turns them off\n"
	"  --werror                warnings make the exit status 1 too\n"
	"  --color=auto|always|never\n"
	"  --quiet                 no summary line\n"
	"  --model FILE.h          an extra model header (annotated prototypes)\n"
	"  --config FILE           use FILE, not the nearest .ownck.json above each file\n"
	"  --baseline FILE         hide the findings recorded in FILE\n"
	"  --write-baseline FILE   record today's findings in FILE (and report none)\n"
	"  --report-unused-suppressions  ownck-ignore comments that hide nothing\n"
	"  --diff=REF, --staged    only findings on lines changed since REF / staged in git\n"
	"  --header-filter=REGEX   report findings in headers whose path matches REGEX only\n"
	"  --dump-callgraph=F.dot  write the call graph, with inferred summaries, as Graphviz DOT\n"
	"  --dump-cfg=FUNCTION     write FUNCTION's control-flow graph as Graphviz DOT, instead of the findings\n"
	"  --dump-lifetimes=FUNCTION  write FUNCTION's loans, their regions, its LIFETIME constraints and\n"
	"                          its borrow conflicts as Graphviz DOT, instead of the findings\n"
	"  --cache-dir=DIR         keep each file's results in DIR; a re-run analyzes only what changed\n"
	"                          (default with -p: BUILD-DIR/ownck-cache); --no-cache: none\n"
	"  --explain-states=FILE:FUNCTION  FUNCTION's source with the state of each place after each line\n"
	"                          (owned, moved, released, borrowed, null), instead of the findings; FILE\n"
	"                          is analyzed alone when no FILE is given, else it must be one of them\n"
	"  --explain-states-html   ... as a self-contained HTML page\n"
	"  --stats                 files, functions and time per phase, on stderr\n"
	"  --function-budget=MiB   analysis work per function before it is skipped as too complex (4096)\n"
	"  --stack-limit=BYTES     the stack-depth rule's limit (default 8388608; --enable=stack-depth)\n"
	"  -I DIR, -D NAME[=V], -std=...   passed to the parser, like the args after --\n"
	"\n"
	"exit status: 0 no error findings, 1 findings, 2 ownck could not do its job\n";

static bool file_exists(const char *p) {
	struct stat st;
	return stat(p, &st) == 0;
}

static char *join(const char *a, const char *b) {
	char *r = xmalloc(strlen(a) + strlen(b) + 2);
	sprintf(r, "%s/%s", a, b);
	return r;
}

/* The installed layout (PREFIX/bin/ownck, PREFIX/include/ownck.h,
 * PREFIX/share/ownck) or the source tree the binary was built in; and
 * where the model cache lives (modelcache.h): share/ownck/models.cache, or
 * next to the binary (build/models.cache; build/asan/ has its own, as the
 * cache is good for one binary). OWNCK_MODEL_CACHE names another file, or
 * none when empty. */
static void find_data(char **include_dir, char **share_dir, char **model_cache) {
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	*model_cache = NULL;
	if (n > 0) {
		exe[n] = 0;
		char *slash = strrchr(exe, '/');
		if (slash) *slash = 0;
		char *inc = join(exe, "../include"), *share = join(exe, "../share/ownck");
		char *h = join(inc, "ownck.h"), *models = join(share, "models/libc.h");
		bool installed = file_exists(h) && file_exists(models);
		free(h);
		free(models);
		*model_cache = join(installed ? share : exe, "models.cache");
		if (installed) { *include_dir = inc; *share_dir = share; goto cache; }
		free(inc);
		free(share);
	}
	*include_dir = join(OWNCK_SRCDIR, "annotations");
	*share_dir = xstrdup(OWNCK_SRCDIR);
	if (!file_exists(*include_dir)) {
		free(*include_dir);
		free(*share_dir);
		*include_dir = join(OWNCK_DATADIR, "../../include");
		*share_dir = xstrdup(OWNCK_DATADIR);
	}
cache:
	if (getenv("OWNCK_MODEL_CACHE")) {
		free(*model_cache);
		*model_cache = *getenv("OWNCK_MODEL_CACHE") ? xstrdup(getenv("OWNCK_MODEL_CACHE")) : NULL;
	}
}

static int bad_usage(const char *fmt, const char *arg) {
	fprintf(stderr, "ownck: error: ");
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\nownck: try 'ownck --help'\n");
	return 2;
}

static bool set_rules(Options *o, const char *list, bool on) {
	char *copy = xstrdup(list), *save = NULL;
	bool ok = true;
	for (char *r = strtok_r(copy, ",", &save); r; r = strtok_r(NULL, ",", &save)) {
		int id = rule_find(r);
		if (id < 0) {
			fprintf(stderr, "ownck: error: unknown rule '%s' (see ownck --list-rules)\n", r);
			ok = false;
			continue;
		}
		o->enabled[id] = on;
		o->rule_set[id] = true;
	}
	free(copy);
	return ok;
}

static void list_rules(void) {
	for (int i = 0; i < R_ALL; i++) {
		const RuleInfo *r = rule_info(i);
		char cwe[16] = "-";
		if (r->cwe) snprintf(cwe, sizeof cwe, "CWE-%d", r->cwe);
		printf("%-22s %-6s %-8s %-8s %s%s\n", r->id, r->rust ? r->rust : "-", cwe, severity_name(r->severity),
		       r->summary, r->opt_in ? " (off unless enabled)" : "");
	}
}

static int explain(const char *share, const char *rule) {
	if (rule_find(rule) < 0) return bad_usage("unknown rule '%s' (see ownck --list-rules)", rule);
	char name[128];
	snprintf(name, sizeof name, "docs/rules/%s.md", rule);
	char *path = join(share, name);
	FILE *f = fopen(path, "r");
	free(path);
	if (!f) {
		const RuleInfo *r = rule_info(rule_find(rule));
		printf("%s: %s\n", r->id, r->summary);
		return 0;
	}
	char buf[4096];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0) fwrite(buf, 1, n, stdout);
	fclose(f);
	return 0;
}

typedef struct Cli {
	Options o;
	Vec files, cc, models;
	Vec extra;        /* const char *: -I/-D/-std... given as options, for every file */
	Vec after;        /* const char *: after --, for files without a compile_commands.json entry */
	const char *explain;
	const char *header_filter;
	const char *cache_dir;     /* --cache-dir */
	bool no_cache;             /* --no-cache */
	char *explain_file;   /* --explain-states's FILE, a copy */
	bool list, version, help;
	int color_mode;   /* 0 auto, 1 always, 2 never */
} Cli;

static const char *value_of(int argc, char **argv, int *i, const char *name) {
	size_t n = strlen(name);
	if (!strncmp(argv[*i], name, n) && argv[*i][n] == '=') return argv[*i] + n + 1;
	if (!strcmp(argv[*i], name) && *i + 1 < argc) return argv[++*i];
	return NULL;
}

/* The same file, however spelled (./a.c, a.c). */
static bool same_file(const char *a, const char *b) {
	if (!strcmp(a, b)) return true;
	char *ra = path_real(a), *rb = path_real(b);
	bool same = ra && rb && !strcmp(ra, rb);
	free(ra);
	free(rb);
	return same;
}

static bool given_file(const Cli *c, const char *file) {
	for (int i = 0; i < c->files.len; i++)
		if (same_file(VEC_AT(&c->files, const char *, i), file)) return true;
	return false;
}

/* An output that would overwrite source code is a slip of the command line
 * (`--dump-callgraph a.c b.c` takes a.c as the picture's file), not a wish:
 * refused, as cc refuses -o on its input. */
static bool safe_output(const Cli *c, const char *path, const char *option) {
	if (!path) return true;
	const char *dot = strrchr(path, '.');
	bool source = dot && (!strcmp(dot, ".c") || !strcmp(dot, ".h"));
	if (!given_file(c, path) && !(source && access(path, F_OK) == 0)) return true;
	fprintf(stderr, "ownck: error: %s would overwrite the C source '%s'; write it to another file\n"
	        "ownck: try 'ownck --help'\n", option, path);
	return false;
}

/* FILE:FUNCTION, split at the last ':' (a function name has none). */
static bool explain_spec(Cli *c, const char *v) {
	const char *colon = strrchr(v, ':');
	if (!colon || colon == v || !colon[1]) return false;
	free(c->explain_file);
	c->explain_file = xstrdup(v);
	c->explain_file[colon - v] = 0;
	c->o.explain_file = c->explain_file;
	c->o.explain_function = colon + 1;
	return true;
}

static int parse_args(int argc, char **argv, Cli *c) {
	Options *o = &c->o;
	for (int i = 0; i < R_ALL; i++) o->enabled[i] = !rule_info(i)->opt_in;
	o->stack_limit = DEFAULT_STACK_LIMIT;
	long cores = sysconf(_SC_NPROCESSORS_ONLN);
	o->jobs = cores > 0 ? (int)cores : 1;
	o->function_budget = 4096LL << 20;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *v;
		if (!strcmp(a, "--")) {
			for (i++; i < argc; i++) {
				*(const char **)vec_push(&c->cc) = argv[i];
				*(const char **)vec_push(&c->after) = argv[i];
			}
			break;
		}
		if (a[0] != '-' || !strcmp(a, "-")) { *(const char **)vec_push(&c->files) = a; continue; }
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) c->help = true;
		else if (!strcmp(a, "--version")) c->version = true;
		else if (!strcmp(a, "--list-rules")) c->list = true;
		else if (!strcmp(a, "--verify")) o->verify = true;
		else if (!strcmp(a, "--dump-ir")) o->dump_ir = true;
		else if (!strcmp(a, "--explain-states-html")) o->explain_html = true;
		else if (!strcmp(a, "--werror")) o->werror = true;
		else if (!strcmp(a, "--quiet") || !strcmp(a, "-q")) o->quiet = true;
		else if (!strcmp(a, "--stats")) o->stats = true;
		else if (!strcmp(a, "--lsp")) o->lsp = true;
		else if (!strcmp(a, "--staged")) o->staged = true;
		else if (!strcmp(a, "--report-unused-suppressions")) o->report_unused = true;
		else if (!strcmp(a, "--no-cache")) c->no_cache = true;
		else if ((v = value_of(argc, argv, &i, "--cache-dir"))) {
			if (!*v) return bad_usage("%s needs a directory", "--cache-dir");
			c->cache_dir = v;
		}
		else if ((v = value_of(argc, argv, &i, "--config"))) o->config = v;
		else if ((v = value_of(argc, argv, &i, "--baseline"))) o->baseline = v;
		else if ((v = value_of(argc, argv, &i, "--write-baseline"))) o->write_baseline = v;
		else if ((v = value_of(argc, argv, &i, "--diff"))) o->diff_ref = v;
		else if ((v = value_of(argc, argv, &i, "--header-filter"))) c->header_filter = v;
		else if ((v = value_of(argc, argv, &i, "-p"))) o->build_dir = v;
		else if ((v = value_of(argc, argv, &i, "--explain"))) c->explain = v;
		else if ((v = value_of(argc, argv, &i, "--format"))) {
			if (!strcmp(v, "text")) o->format = FMT_TEXT;
			else if (!strcmp(v, "json")) o->format = FMT_JSON;
			else if (!strcmp(v, "sarif")) o->format = FMT_SARIF;
			else return bad_usage("unknown format '%s' (text, json or sarif)", v);
		} else if ((v = value_of(argc, argv, &i, "--color")) || (v = value_of(argc, argv, &i, "--colour"))) {
			if (!strcmp(v, "auto")) c->color_mode = 0;
			else if (!strcmp(v, "always")) c->color_mode = 1;
			else if (!strcmp(v, "never")) c->color_mode = 2;
			else return bad_usage("unknown color mode '%s' (auto, always or never)", v);
		} else if ((v = value_of(argc, argv, &i, "--enable"))) {
			if (!set_rules(o, v, true)) return 2;
		} else if ((v = value_of(argc, argv, &i, "--disable"))) {
			if (!set_rules(o, v, false)) return 2;
		} else if ((v = value_of(argc, argv, &i, "--dump-cfg"))) {
			if (!*v) return bad_usage("%s needs a function name", "--dump-cfg");
			o->dump_cfg = v;
		} else if ((v = value_of(argc, argv, &i, "--dump-lifetimes"))) {
			if (!*v) return bad_usage("%s needs a function name", "--dump-lifetimes");
			o->dump_lifetimes = v;
		} else if ((v = value_of(argc, argv, &i, "--explain-states"))) {
			if (!explain_spec(c, v)) return bad_usage("--explain-states needs FILE:FUNCTION, not '%s'", v);
		} else if ((v = value_of(argc, argv, &i, "--dump-callgraph"))) {
			o->dump_callgraph = v;
		} else if ((v = value_of(argc, argv, &i, "--model"))) {
			*(const char **)vec_push(&c->models) = v;
		} else if (!strcmp(a, "-o") && i + 1 < argc) {
			o->output = argv[++i];
		} else if ((v = value_of(argc, argv, &i, "--stack-limit"))) {
			char *end;
			long long bytes = strtoll(v, &end, 10);
			if (!*v || *end || bytes < 1) return bad_usage("--stack-limit needs a number of bytes, not '%s'", v);
			o->stack_limit = bytes;
		} else if ((v = value_of(argc, argv, &i, "--function-budget"))) {
			char *end;
			long long mib = strtoll(v, &end, 10);
			if (!*v || *end || mib < 1 || mib > (1LL << 30))
				return bad_usage("--function-budget needs a number of MiB from 1 to 2^30, not '%s'", v);
			o->function_budget = mib << 20;
		} else if (!strncmp(a, "-j", 2)) {
			const char *n = a[2] ? a + 2 : (i + 1 < argc ? argv[++i] : "");
			char *end;
			long j = strtol(n, &end, 10);
			if (!*n || *end || j < 1 || j > 1024) return bad_usage("-j needs a number from 1 to 1024, not '%s'", n);
			o->jobs = (int)j;
		} else if (!strncmp(a, "-I", 2) || !strncmp(a, "-D", 2) || !strncmp(a, "-U", 2) ||
		           !strncmp(a, "-std=", 5) || !strcmp(a, "-include") || !strcmp(a, "-isystem")) {
			*(const char **)vec_push(&c->cc) = a;
			*(const char **)vec_push(&c->extra) = a;
			if ((!strcmp(a, "-I") || !strcmp(a, "-D") || !strcmp(a, "-U") || !strcmp(a, "-include") ||
			     !strcmp(a, "-isystem")) && i + 1 < argc) {
				*(const char **)vec_push(&c->cc) = argv[++i];
				*(const char **)vec_push(&c->extra) = argv[i];
			}
		} else {
			return bad_usage("unknown option '%s'", a);
		}
	}
	if (o->diff_ref && o->staged) return bad_usage("%s", "--diff=REF and --staged cannot be used together");
	if (o->explain_html && !o->explain_function)
		return bad_usage("%s", "--explain-states-html goes with --explain-states=FILE:FUNCTION");
	if (o->explain_function && (o->dump_ir || o->dump_cfg || o->dump_lifetimes || o->verify || o->lsp))
		return bad_usage("%s", "--explain-states cannot be used with --dump-ir, --dump-cfg, --dump-lifetimes, "
		                       "--verify or --lsp");
	if (!safe_output(c, o->output, "-o") || !safe_output(c, o->dump_callgraph, "--dump-callgraph")) return 2;
	if (o->explain_function && !c->files.len) *(const char **)vec_push(&c->files) = c->explain_file;
	else if (o->explain_function && !given_file(c, c->explain_file))
		return bad_usage("--explain-states: '%s' is not one of the FILEs given", c->explain_file);
	o->files = c->files.data;
	o->nfiles = c->files.len;
	o->cc_args = c->cc.data;
	o->ncc_args = c->cc.len;
	return 0;
}

/* -o FILE: written to a temporary beside it and renamed, so a crash never
 * leaves half a file. */
static FILE *open_output(const char *path, char **tmp) {
	*tmp = NULL;
	if (!path) return stdout;
	*tmp = xmalloc(strlen(path) + 32);
	sprintf(*tmp, "%s.tmp.%ld", path, (long)getpid());
	FILE *f = fopen(*tmp, "w");
	if (!f) {
		fprintf(stderr, "ownck: error: cannot write '%s': %s\n", path, strerror(errno));
		free(*tmp);
		*tmp = NULL;
	}
	return f;
}

static bool close_output(FILE *f, const char *path, char *tmp) {
	if (f == stdout) return fflush(stdout) == 0;
	bool ok = fclose(f) == 0 && rename(tmp, path) == 0;
	if (!ok) {
		fprintf(stderr, "ownck: error: cannot write '%s': %s\n", path, strerror(errno));
		remove(tmp);
	}
	free(tmp);
	return ok;
}

/* What is hidden after the analysis, for --stats. */
typedef struct Hidden { int suppressed_or_config, baseline, diff, headers; } Hidden;

/* The run's context beyond the options: read before the analysis so that a
 * bad configuration, baseline or git revision stops ownck before it works. */
typedef struct Run {
	ConfigSet *configs;
	Baseline *baseline;
	ChangedLines *changed;
	regex_t header_re;
	bool has_header_re;
} Run;

static bool is_main_file(Unit **units, int n, const char *file) {
	for (int i = 0; i < n; i++)
		if (units[i]->files.len && !strcmp(VEC_AT(&units[i]->files, const char *, 0), file)) return true;
	return false;
}

static void drop_opt_in(Policy *pol, Vec *all) {
	Diag *d = all->data;
	int out = 0;
	for (int i = 0; i < all->len; i++)
		if (!rule_info(d[i].rule)->opt_in || policy_enabled(pol, d[i].rule, d[i].at.file)) d[out++] = d[i];
	all->len = out;
}

/* --dump-cfg / --dump-lifetimes: every function of that name in the files
 * analyzed; false (after saying so) when there is none. */
static bool dump_function(Unit **units, int n, const char *name, bool lifetimes, FILE *out) {
	int found = 0;
	for (int i = 0; i < n; i++)
		for (int k = 0; k < units[i]->funcs.len; k++) {
			const Function *f = VEC_AT(&units[i]->funcs, Function *, k);
			if (strcmp(f->name, name)) continue;
			if (lifetimes) loans_dump(units[i], f, out);
			else ir_dump_cfg(units[i], f, out);
			found++;
		}
	if (!found) fprintf(stderr, "ownck: error: no function named '%s' is defined in the files analyzed\n", name);
	return found > 0;
}

/* --explain-states: the function in the unit of the file named; false
 * (status 2) after saying why not. */
static bool explain_function(const Options *o, Unit **units, SourceCache *sources, const Vec *diags, bool color,
                             FILE *out) {
	Unit *u = NULL;
	for (int i = 0; i < o->nfiles && !u; i++)
		if (same_file(units[i]->path, o->explain_file)) u = units[i];
	if (!u || u->failed) return false;   /* why was said with the unit's errors */
	for (int k = 0; k < u->funcs.len; k++) {
		const Function *f = VEC_AT(&u->funcs, Function *, k);
		if (strcmp(f->name, o->explain_function)) continue;
		if (!f->skipped && explain_states(u, f, sources, diags, o->explain_html ? EXPLAIN_HTML : EXPLAIN_TEXT, color, out))
			return true;
		fprintf(stderr, "ownck: error: function '%s' in '%s' was not analyzed: %s\n", f->name, u->path,
		        f->skipped ? f->skipped : "too complex for the analysis budget");
		return false;
	}
	fprintf(stderr, "ownck: error: no function named '%s' is defined in '%s'\n", o->explain_function, o->explain_file);
	return false;
}

static int run_analysis(Cli *c, Run *run, const FrontendConfig *cfg, const Model *m, const char *share_dir) {
	Options *o = &c->o;
	Unit **units = xcalloc((size_t)o->nfiles, sizeof(Unit *));
	Program *prog = driver_run(o, cfg, m, units);
	Vec all;
	vec_init(&all, sizeof(Diag));
	bool failed = false;
	for (int i = 0; i < o->nfiles; i++) {
		failed |= units[i]->failed || units[i]->errors.len > 0;
		for (int k = 0; k < units[i]->diags.len; k++)
			*(Diag *)vec_push(&all) = VEC_AT(&units[i]->diags, Diag, k);
	}
	diag_sort_dedupe(&all);

	/* What is reported: suppressions, configuration, headers, baseline, diff. */
	Hidden hidden = {0};
	SourceCache sources = {0};
	Suppressions *sup = suppress_new();
	Policy pol = {o->enabled, o->rule_set, run->configs, o->report_unused, {0}};
	vec_init(&pol.errors, sizeof(char *));
	drop_opt_in(&pol, &all);   /* not hidden: nobody asked for them */
	int before = all.len;
	/* every file analyzed, for the comments that name unknown rules or hide nothing */
	for (int i = 0; o->texts && i < o->nfiles; i++)   /* read once: snippets and suppressions from that */
		if (o->texts[i]) source_put(&sources, o->files[i], o->texts[i], o->text_lens[i]);
	bool dumping = o->dump_ir || o->dump_cfg || o->dump_lifetimes;   /* the IR is the output, not what is found in it */
	for (int i = 0; i < o->nfiles && !dumping; i++)
		for (int k = 0; k < units[i]->files.len && !units[i]->failed; k++)
			suppress_scan(sup, &sources, VEC_AT(&units[i]->files, const char *, k));
	if (!dumping) policy_apply(&pol, &sources, sup, &all);
	hidden.suppressed_or_config = before - all.len;
	for (int i = 0; i < pol.errors.len; i++) {
		fprintf(stderr, "ownck: error: %s\n", VEC_AT(&pol.errors, char *, i));
		free(VEC_AT(&pol.errors, char *, i));
		failed = true;
	}
	vec_free(&pol.errors);
	if (run->has_header_re) {
		Diag *d = all.data;
		int out = 0;
		for (int i = 0; i < all.len; i++) {
			char *real = path_real(d[i].at.file);
			bool keep = is_main_file(units, o->nfiles, d[i].at.file) ||
			            !regexec(&run->header_re, d[i].at.file, 0, NULL, 0) ||
			            (real && !regexec(&run->header_re, real, 0, NULL, 0));
			free(real);
			if (keep) d[out++] = d[i];
		}
		hidden.headers = all.len - out;
		all.len = out;
	}
	if (o->write_baseline) {
		char *err = NULL;
		if (baseline_write(o->write_baseline, &sources, all.data, all.len, &err)) {
			if (!o->quiet)
				fprintf(stderr, "ownck: recorded %d finding%s in the baseline '%s'\n", all.len, all.len == 1 ? "" : "s",
				        o->write_baseline);
			hidden.baseline += all.len;
			all.len = 0;   /* all of them are in the baseline now */
		} else {
			fprintf(stderr, "ownck: error: %s\n", err);
			free(err);
			failed = true;
		}
	}
	if (run->baseline) hidden.baseline += baseline_filter(run->baseline, &sources, &all);
	if (run->changed) {
		Diag *d = all.data;
		int out = 0;
		for (int i = 0; i < all.len; i++)
			if (gitdiff_changed(run->changed, d[i].at.file, d[i].at.line)) d[out++] = d[i];
		hidden.diff = all.len - out;
		all.len = out;
	}

	double t_output = stats_now();
	EmitInput in = {all.data, all.len, units, o->nfiles, o->nfiles, &sources, share_dir};
	bool color = c->color_mode == 1 || (c->color_mode == 0 && !o->output && isatty(1));
	emit_errors(&in, stderr, c->color_mode == 1 || (c->color_mode == 0 && isatty(2)));
	char *tmp;
	FILE *out = open_output(o->output, &tmp);
	bool written = out != NULL;
	if (out && o->dump_ir) {   /* the IR only: what is found in it is not the point */
		written = close_output(out, o->output, tmp);
	} else if (out && (o->dump_cfg || o->dump_lifetimes)) {
		failed |= !dump_function(units, o->nfiles, o->dump_cfg ? o->dump_cfg : o->dump_lifetimes, !o->dump_cfg, out);
		written = close_output(out, o->output, tmp);
	} else if (out && o->explain_function) {
		failed |= !explain_function(o, units, &sources, &all, color && !o->explain_html, out);
		written = close_output(out, o->output, tmp);
	} else if (out) {
		if (o->format == FMT_JSON) written = emit_json(&in, out);
		else if (o->format == FMT_SARIF) written = emit_sarif(&in, out);
		else emit_text(&in, out, color, o->quiet);
		written = close_output(out, o->output, tmp) && written;
	}
	t_output = stats_now() - t_output;
	if (o->dump_callgraph) {
		char *ctmp;
		FILE *g = open_output(o->dump_callgraph, &ctmp);
		if (g) {
			callgraph_dump(prog, g);
			written = close_output(g, o->dump_callgraph, ctmp) && written;
		} else {
			written = false;
		}
	}
	if (o->dump_ir)
		for (int i = 0; i < o->nfiles; i++)
			for (int k = 0; k < units[i]->funcs.len; k++)
				ir_dump_function(units[i], VEC_AT(&units[i]->funcs, Function *, k), stdout);
	int errors = 0, warnings = 0;
	for (int i = 0; i < all.len; i++) {
		if (VEC_AT(&all, Diag, i).sev == SEV_ERROR) errors++;
		else warnings++;
	}
	if (o->stats) {
		int functions = 0, skipped = 0, ops = 0, unknown = 0, cached = 0;
		Stats t = {0};
		for (int i = 0; i < o->nfiles; i++) {
			Stats *s = &units[i]->stats;
			functions += s->functions; skipped += s->skipped_functions; cached += units[i]->from_cache;
			ops += s->operators; unknown += s->operators_unknown;
			t.t_parse += s->t_parse; t.t_lower += s->t_lower; t.t_summaries += s->t_summaries;
			t.t_ownership += s->t_ownership; t.t_loans += s->t_loans; t.t_rules += s->t_rules;
		}
		fprintf(stderr, "ownck: %d files (%d from the cache), %d functions (%d skipped), %d operators (%d unrecovered), "
		                "parse %.3fs, lower %.3fs\n", o->nfiles, cached, functions, skipped, ops, unknown, t.t_parse,
		        t.t_lower);
		struct rusage ru;
		getrusage(RUSAGE_SELF, &ru);
		fprintf(stderr, "ownck: time (summed over files): parse %.3fs, lower %.3fs, summaries %.3fs, ownership %.3fs, "
		                "loans %.3fs, rules %.3fs, output %.3fs; peak memory %ld MiB\n",
		        t.t_parse, t.t_lower, t.t_summaries, t.t_ownership, t.t_loans, t.t_rules, t_output,
		        ru.ru_maxrss / 1024);
		int nsigs;
		bool cached_model;
		double t_model;
		const char *miss;
		model_stats(m, &nsigs, &cached_model, &t_model, &miss);
		fprintf(stderr, "ownck: models: %d signatures, %s in %.3fs%s%s%s\n", nsigs,
		        cached_model ? "read from the model cache" : "parsed", t_model, *miss ? " (model cache: " : "", miss,
		        *miss ? ")" : "");
		if (hidden.suppressed_or_config || hidden.baseline || hidden.diff || hidden.headers)
			fprintf(stderr, "ownck: not reported: %d by ownck-ignore or the configuration, %d in the baseline, "
			                "%d outside the diff, %d in headers --header-filter leaves out\n",
			        hidden.suppressed_or_config, hidden.baseline, hidden.diff, hidden.headers);
	}
	for (int i = 0; i < o->nfiles; i++) {
		for (int k = 0; k < units[i]->funcs.len; k++) {
			const Function *f = VEC_AT(&units[i]->funcs, Function *, k);
			if (f->skipped) fprintf(stderr, "ownck: warning: function '%s' in '%s' was not analyzed: %s\n",
			                        f->name, units[i]->path, f->skipped);
		}
	}
	source_cache_free(&sources);
	suppress_free(sup);
	program_free(prog);
	for (int i = 0; i < o->nfiles; i++) unit_free(units[i]);
	free(units);
	vec_free(&all);
	if (failed || !written) return 2;
	if (!dumping && !o->explain_function && (errors || (o->werror && warnings))) return 1;
	return 0;
}

/* The files to analyze and the flags of each: the command line's FILEs, or
 * the entries of compile_commands.json (-p); without the files the
 * configuration excludes. All strings are owned here. */
typedef struct Inputs {
	Vec paths;      /* char * */
	Vec argv;       /* const char ** (its strings borrowed from the CompDb or the command line) */
	Vec argc;       /* int */
	Vec texts;      /* char *: what ownck read itself (a pipe, standard input), or NULL */
	Vec lens;       /* size_t: their lengths */
	Vec unreadable; /* char *: why such a file could not be read, or NULL */
	CompDb *db;
} Inputs;

static void add_input(Inputs *in, const char *path, const CompileEntry *e, const Vec *extra, const Vec *fallback) {
	int n = (e ? e->nargs : fallback->len) + extra->len;
	const char **v = xcalloc((size_t)n + 1, sizeof(char *));
	int k = 0;
	if (e) for (int i = 0; i < e->nargs; i++) v[k++] = e->args[i];
	else for (int i = 0; i < fallback->len; i++) v[k++] = VEC_AT(fallback, const char *, i);
	for (int i = 0; i < extra->len; i++) v[k++] = VEC_AT(extra, const char *, i);
	*(char **)vec_push(&in->paths) = xstrdup(path);
	*(const char ***)vec_push(&in->argv) = v;
	*(int *)vec_push(&in->argc) = k;
	*(char **)vec_push(&in->texts) = NULL;
	*(size_t *)vec_push(&in->lens) = 0;
	*(char **)vec_push(&in->unreadable) = NULL;
}

static void inputs_free(Inputs *in) {
	for (int i = 0; i < in->paths.len; i++) {
		free(VEC_AT(&in->paths, char *, i));
		free(VEC_AT(&in->argv, const char **, i));
		free(VEC_AT(&in->texts, char *, i));
		free(VEC_AT(&in->unreadable, char *, i));
	}
	vec_free(&in->paths);
	vec_free(&in->argv);
	vec_free(&in->argc);
	vec_free(&in->texts);
	vec_free(&in->lens);
	vec_free(&in->unreadable);
	compdb_free(in->db);
}

/* A pipe or a device (ownck <(git show HEAD:f.c), /dev/stdin) can be read
 * once only, and `-` is standard input: ownck reads such a file itself, up
 * to a bound (/dev/zero never ends), and hands libclang the text. */
enum { PIPED_MAX = 256 << 20 };

static bool piped(const char *path) {
	struct stat st;
	return !strcmp(path, "-") || (stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode));
}

static char *read_piped(const char *path, size_t *len, char **why) {
	bool in = !strcmp(path, "-");
	const char *name = in ? "<stdin>" : path;
	char msg[PATH_MAX + 128];
	FILE *f = in ? stdin : fopen(path, "rb");
	if (!f) {
		snprintf(msg, sizeof msg, "cannot open '%s': %s", name, strerror(errno));
		*why = xstrdup(msg);
		return NULL;
	}
	char *buf = stream_read(f, PIPED_MAX, len);
	if (!buf) snprintf(msg, sizeof msg, "cannot read '%s': %s", name, strerror(errno));
	else if (*len > PIPED_MAX) snprintf(msg, sizeof msg, "'%s' holds more than %d MiB: not analyzed", name, PIPED_MAX >> 20);
	if (!in) fclose(f);
	if (buf && *len <= PIPED_MAX) return buf;
	*why = xstrdup(msg);
	free(buf);
	return NULL;
}

/* The path to show for an entry of the database: relative to the current
 * directory when under it, as every other path ownck prints. */
static char *shown_path(const char *abs) {
	char *cwd = getcwd(NULL, 0);
	const char *rest = cwd ? path_under(abs, cwd) : NULL;
	char *r = xstrdup(rest && *rest ? rest : abs);
	free(cwd);
	return r;
}

/* Fills in with the inputs; false (status 2) after printing why not. */
static bool prepare_inputs(Cli *c, Run *run, Inputs *in) {
	Options *o = &c->o;
	vec_init(&in->paths, sizeof(char *));
	vec_init(&in->argv, sizeof(const char **));
	vec_init(&in->argc, sizeof(int));
	vec_init(&in->texts, sizeof(char *));
	vec_init(&in->lens, sizeof(size_t));
	vec_init(&in->unreadable, sizeof(char *));
	if (o->build_dir) {
		char *err = NULL;
		in->db = compdb_open(o->build_dir, &err);
		if (!in->db) {
			fprintf(stderr, "ownck: error: %s\n", err);
			free(err);
			return false;
		}
	}
	Vec names;     /* char *, owned: what to analyze */
	Vec entries;   /* const CompileEntry *: each name's, or NULL: look it up */
	vec_init(&names, sizeof(char *));
	vec_init(&entries, sizeof(const CompileEntry *));
	if (in->db && !o->nfiles)
		for (int i = 0; i < compdb_count(in->db); i++) {
			*(char **)vec_push(&names) = shown_path(compdb_at(in->db, i)->file);
			*(const CompileEntry **)vec_push(&entries) = compdb_at(in->db, i);
		}
	for (int i = 0; i < o->nfiles; i++) {
		*(char **)vec_push(&names) = xstrdup(o->files[i]);
		*(const CompileEntry **)vec_push(&entries) = NULL;
	}
	bool ok = true, have_db = in->db != NULL;
	for (int i = 0; i < names.len; i++) {
		const char *path = VEC_AT(&names, char *, i);
		const CompileEntry *entry = VEC_AT(&entries, const CompileEntry *, i);
		char *err = NULL;
		const Config *cf = run->configs ? config_for(run->configs, path, &err) : NULL;
		if (err) {
			fprintf(stderr, "ownck: error: %s\n", err);
			free(err);
			ok = false;
			continue;
		}
		if (cf && config_excludes(cf, path)) continue;
		if (have_db && (entry || compdb_exact(in->db, path, 0))) {
			/* a FILE the database builds more than once: each way (as clang-tidy -p) */
			if (entry) add_input(in, path, entry, &c->extra, &c->after);
			else
				for (int k = 0; compdb_exact(in->db, path, k); k++)
					add_input(in, path, compdb_exact(in->db, path, k), &c->extra, &c->after);
		} else if (have_db) {
			const CompileEntry *e = compdb_lookup(in->db, path);
			if (e && !e->exact && c->after.len) e = NULL;   /* -- ARGS: the flags of files without an entry */
			add_input(in, path, e, &c->extra, &c->after);
		} else {   /* the flags in command-line order, as given */
			Vec none;
			vec_init(&none, sizeof(const char *));
			add_input(in, path, NULL, &none, &c->cc);
		}
		if (piped(path)) {   /* what cannot be read fails as a missing file does: alone */
			int last = in->paths.len - 1;
			if (!strcmp(path, "-")) {   /* clang's name for it */
				free(VEC_AT(&in->paths, char *, last));
				VEC_AT(&in->paths, char *, last) = xstrdup("<stdin>");
			}
			VEC_AT(&in->texts, char *, last) =
				read_piped(path, &VEC_AT(&in->lens, size_t, last), &VEC_AT(&in->unreadable, char *, last));
		}
	}
	for (int i = 0; i < names.len; i++) free(VEC_AT(&names, char *, i));
	vec_free(&names);
	vec_free(&entries);
	if (in->db) {
		char **w;
		int nw = compdb_take_warnings(in->db, &w);
		for (int i = 0; i < nw; i++) {
			fprintf(stderr, "ownck: warning: %s\n", w[i]);
			free(w[i]);
		}
		free(w);
	}
	return ok;
}

/* An opt-in rule runs unless disabled on the command line, since a
 * configuration may enable it for some files; the policy decides later. */
static void choose_rules(Options *o) {
	for (int i = 0; i < R_ALL; i++)
		o->run_rule[i] = o->enabled[i] || (rule_info(i)->opt_in && !o->rule_set[i]);
}

/* Everything besides a file and its flags that decides what the analysis
 * finds: the binary, the models, the rules run, the budget, and the working
 * directory (paths are shown relative to it). */
static char *cache_salt(const Options *o, const Vec *model_paths) {
	char hex[33] = "", cwd[PATH_MAX] = "";
	size_t cap = 4096 + (size_t)model_paths->len * (PATH_MAX + 40), n = 0;
	char *salt = xmalloc(cap);
	cache_hash_file("/proc/self/exe", hex);
	if (!getcwd(cwd, sizeof cwd)) cwd[0] = 0;
	n += (size_t)snprintf(salt + n, cap - n, "ownck %s %s\ncwd %s\nbudget %lld\nrules ", OWNCK_VERSION, hex, cwd,
	                      o->function_budget);
	for (int i = 0; i < R_ALL; i++) salt[n++] = o->run_rule[i] ? '1' : '0';
	for (int i = 0; i < model_paths->len; i++) {
		const char *mp = VEC_AT(model_paths, const char *, i);
		if (!cache_hash_file(mp, hex)) strcpy(hex, "-");
		n += (size_t)snprintf(salt + n, cap - n, "\nmodel %s %s", mp, hex);
	}
	return salt;
}

/* --cache-dir, or BUILD-DIR/ownck-cache with -p; none for the dumps (they
 * need every function's IR) or with --no-cache. */
static Cache *open_cache(Cli *c, const Vec *model_paths, FrontendConfig *cfg) {
	Options *o = &c->o;
	if (c->no_cache || o->dump_ir || o->dump_cfg || o->dump_lifetimes || o->dump_callgraph ||
	    o->explain_function)
		return NULL;
	char *dir = c->cache_dir ? xstrdup(c->cache_dir) : o->build_dir ? join(o->build_dir, "ownck-cache") : NULL;
	if (!dir) return NULL;
	char *salt = cache_salt(o, model_paths), *err = NULL;
	Cache *cache = cache_open(dir, salt, &err);
	if (!cache) fprintf(stderr, "ownck: warning: %s; going on without a cache\n", err);
	free(err);
	cfg->record_deps = cache != NULL;
	free(salt);
	free(dir);
	return cache;
}

/* The configuration, baseline, git diff and header filter: read up front. */
static bool prepare_run(Cli *c, Run *run) {
	Options *o = &c->o;
	bool ok = true;
	run->configs = configset_new(o->config);
	if (o->config && !path_is_file(o->config)) {
		fprintf(stderr, "ownck: error: --config '%s': no such file\n", o->config);
		ok = false;
	}
	char *err = NULL;
	if (o->baseline && !(run->baseline = baseline_load(o->baseline, &err))) {
		fprintf(stderr, "ownck: error: %s\n", err);
		free(err);
		ok = false;
	}
	if ((o->diff_ref || o->staged) && !(run->changed = gitdiff_load(o->diff_ref, o->staged, &err))) {
		fprintf(stderr, "ownck: error: %s: %s\n", o->staged ? "--staged" : "--diff", err);
		free(err);
		ok = false;
	}
	if (c->header_filter) {
		int rc = regcomp(&run->header_re, c->header_filter, REG_EXTENDED | REG_NOSUB);
		if (rc) {
			char msg[256];
			regerror(rc, &run->header_re, msg, sizeof msg);
			fprintf(stderr, "ownck: error: --header-filter '%s': %s\n", c->header_filter, msg);
			ok = false;
		} else {
			run->has_header_re = true;
		}
	}
	return ok;
}

static void run_free(Run *run) {
	configset_free(run->configs);
	baseline_free(run->baseline);
	gitdiff_free(run->changed);
	if (run->has_header_re) regfree(&run->header_re);
}

int main(int argc, char **argv) {
	/* libclang must parse on our (big-stacked) threads, not on its own 8 MiB ones */
	setenv("LIBCLANG_NOTHREADS", "1", 1);
	Cli c;
	memset(&c, 0, sizeof c);
	vec_init(&c.files, sizeof(const char *));
	vec_init(&c.cc, sizeof(const char *));
	vec_init(&c.extra, sizeof(const char *));
	vec_init(&c.after, sizeof(const char *));
	vec_init(&c.models, sizeof(const char *));
	Run run;
	memset(&run, 0, sizeof run);
	Inputs in;
	memset(&in, 0, sizeof in);
	int status = parse_args(argc, argv, &c);
	char *include_dir = NULL, *share_dir = NULL, *model_cache = NULL;
	find_data(&include_dir, &share_dir, &model_cache);
	if (status) goto out;
	if (c.help) { fputs(usage, stdout); goto out; }
	if (c.version) {
		const char *cv = frontend_clang_version();
		printf("ownck %s (%s)\n", OWNCK_VERSION, cv);
		free((void *)cv);
		goto out;
	}
	if (c.list) { list_rules(); goto out; }
	if (c.explain) { status = explain(share_dir, c.explain); goto out; }
	if (!c.o.nfiles && !c.o.build_dir && !c.o.lsp) { status = bad_usage("%s", "no input files"); goto out; }

	Vec model_paths;
	vec_init(&model_paths, sizeof(const char *));
	char *libc_model = join(share_dir, "models/libc.h");
	if (!file_exists(libc_model)) {
		free(libc_model);
		libc_model = join(share_dir, "annotations/models/libc.h");
	}
	*(const char **)vec_push(&model_paths) = libc_model;
	for (int i = 0; i < c.models.len; i++) *(const char **)vec_push(&model_paths) = VEC_AT(&c.models, const char *, i);
	if (c.o.lsp) {
		FrontendConfig lcfg = {include_dir, OWNCK_RESOURCE_DIR, model_paths.data, model_paths.len, c.o.function_budget, false,
		                       model_cache};
		LspContext lc = {&c.o, &lcfg, share_dir, c.extra.data, c.extra.len};
		status = lsp_main(&lc);
		free(libc_model);
		vec_free(&model_paths);
		goto out;
	}
	if (!prepare_run(&c, &run) || !prepare_inputs(&c, &run, &in)) {
		status = 2;
		free(libc_model);
		vec_free(&model_paths);
		goto out;
	}
	/* the models the configurations name, once each */
	for (int i = 0; i < configset_count(run.configs); i++) {
		const Config *cf = configset_at(run.configs, i);
		for (int k = 0; k < cf->nmodels; k++) {
			bool dup = false;
			for (int j = 0; j < model_paths.len && !dup; j++) dup = !strcmp(VEC_AT(&model_paths, const char *, j), cf->models[k]);
			if (!dup) *(const char **)vec_push(&model_paths) = cf->models[k];
		}
	}
	c.o.files = in.paths.data;
	c.o.nfiles = in.paths.len;
	c.o.file_args = in.argv.data;
	c.o.nfile_args = in.argc.data;
	c.o.texts = in.texts.data;
	c.o.text_lens = in.lens.data;
	c.o.unreadable = in.unreadable.data;
	FrontendConfig cfg = {include_dir, OWNCK_RESOURCE_DIR, model_paths.data, model_paths.len, c.o.function_budget, false,
	                      model_cache};
	Vec errs;
	vec_init(&errs, sizeof(char *));
	Model *m = model_load(&cfg, &errs);
	for (int i = 0; i < errs.len; i++) {
		fprintf(stderr, "ownck: error: %s\n", VEC_AT(&errs, char *, i));
		free(VEC_AT(&errs, char *, i));
	}
	if (errs.len) status = 2;
	else if (c.o.verify) status = verify_files(&c.o, &cfg, m);
	else {
		choose_rules(&c.o);
		c.o.cache = open_cache(&c, &model_paths, &cfg);
		status = run_analysis(&c, &run, &cfg, m, share_dir);
		cache_close(c.o.cache);
	}
	vec_free(&errs);
	model_free(m);
	free(libc_model);
	vec_free(&model_paths);
out:
	inputs_free(&in);
	run_free(&run);
	free(include_dir);
	free(share_dir);
	free(model_cache);
	vec_free(&c.files);
	vec_free(&c.cc);
	vec_free(&c.extra);
	vec_free(&c.after);
	vec_free(&c.models);
	free(c.explain_file);
	return status;
}
