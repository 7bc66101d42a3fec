/*
 * emit.h - printing diagnostics: GCC-style text, and JSON.
 *
 * The emitters read a sorted array of Diag (which they do not own) and the
 * units' errors; they write to a FILE the caller owns.
 */
#ifndef EMIT_H
#define EMIT_H

#include <stdio.h>
#include "unit.h"

typedef struct EmitInput {
	const Diag *diags;      /* sorted and de-duplicated */
	int ndiags;
	Unit **units;           /* for errors and stats, in input order */
	int nunits;
	int nfiles;
} EmitInput;

void emit_text(BORROW const EmitInput *in, BORROW_MUT FILE *out, bool color, bool quiet);
/* Returns false when the JSON could not be built (out of memory). */
bool emit_json(BORROW const EmitInput *in, BORROW_MUT FILE *out);
/* clang's messages and ownck's own, for units that could not be analyzed. */
void emit_errors(BORROW const EmitInput *in, BORROW_MUT FILE *err, bool color);

#endif
