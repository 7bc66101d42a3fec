/*
 * emit.h - printing diagnostics: GCC-style text, JSON, and SARIF.
 *
 * The emitters read a sorted array of Diag (which they do not own) and the
 * units' errors; they write to a FILE the caller owns. Source text (snippets,
 * fingerprints, column conversions) comes from the caller's SourceCache.
 */
#ifndef EMIT_H
#define EMIT_H

#include <stdio.h>
#include "unit.h"
#include "source.h"

typedef struct EmitInput {
	const Diag *diags;      /* sorted and de-duplicated */
	int ndiags;
	Unit **units;           /* for errors and stats, in input order */
	int nunits;
	int nfiles;
	SourceCache *sources;   /* borrowed; the files' text */
	const char *share_dir;  /* where docs/rules/RULE.md are, for SARIF's rule help; may be NULL */
} EmitInput;

void emit_text(BORROW const EmitInput *in, BORROW_MUT FILE *out, bool color, bool quiet);
/* Returns false when the JSON could not be built (out of memory). */
bool emit_json(BORROW const EmitInput *in, BORROW_MUT FILE *out);
/* SARIF 2.1.0 (emit_sarif.c); false when it could not be built. */
bool emit_sarif(BORROW const EmitInput *in, BORROW_MUT FILE *out);
/* clang's messages and ownck's own, for units that could not be analyzed. */
void emit_errors(BORROW const EmitInput *in, BORROW_MUT FILE *err, bool color);

/* Makes every string of a cJSON tree (item, its siblings and their
 * children) valid UTF-8, for the JSON documents: a byte that starts no valid
 * sequence (a Latin-1 file name, a stray byte quoted from the code) becomes
 * U+FFFD (emit_json.c). */
struct cJSON;
void json_make_utf8(BORROW_MUT struct cJSON *item);
/* Prints root (made valid UTF-8) and a newline to out, and deletes it. */
bool json_write(struct cJSON *root, BORROW_MUT FILE *out);   /* unannotated: no model says cJSON_Delete releases */

/* The web page of a rule's documentation (docs/rules/RULE.md in ownck's
 * repository); used as SARIF's helpUri and LSP's codeDescription. */
#ifndef OWNCK_URL
#define OWNCK_URL "https://github.com/ownck/ownck"
#endif
#define OWNCK_RULE_DOC_URL OWNCK_URL "/blob/main/docs/rules/"

/* What a path is: an absolute path as a file:// URI, percent-encoded
 * (malloc'd). A relative path is encoded without the scheme. */
OWNED char *path_to_uri(BORROW const char *path);

#endif
