/*
 * explain.h - --explain-states: a function's source with, under each line,
 * the state of every tracked place there (owned, moved, released, null,
 * borrowed by whom), as text for a terminal or as a self-contained HTML page.
 *
 * The states come from the analyses themselves (ownership_explain,
 * loans_explain), replayed over the function's solved dataflow; nothing is
 * computed twice in another way. The state shown after a line is the state
 * after the last statement of that line, joined over the blocks that have
 * one (a line can be in several: a `for` header, `a ? b : c`); the states of
 * paths that return on that line are shown apart, "at return".
 */
#ifndef EXPLAIN_H
#define EXPLAIN_H

#include <stdio.h>
#include "unit.h"
#include "source.h"

typedef enum ExplainFormat { EXPLAIN_TEXT, EXPLAIN_HTML } ExplainFormat;

/* Writes f (defined in u) with its states to out; diags (Diag, those to
 * report) are shown under their lines. color: ANSI colours (text only).
 * False when f is too big for the analysis budget: nothing was written. */
bool explain_states(BORROW_MUT Unit *u, BORROW const Function *f, BORROW_MUT SourceCache *sources,
                    BORROW const Vec *diags, ExplainFormat fmt, bool color, BORROW_MUT FILE *out);

#endif
