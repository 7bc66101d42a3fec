/*
 * callgraph.h - the call graph of the analyzed units, as Graphviz DOT.
 */
#ifndef CALLGRAPH_H
#define CALLGRAPH_H

#include <stdio.h>
#include "program.h"

/* Writes one digraph: a node per function defined in the program (labelled
 * with its inferred summary), a dashed node per function only called, an
 * edge per caller/callee pair, cycles in red. Deterministic: functions in
 * file and source order. */
void callgraph_dump(BORROW const Program *p, BORROW_MUT FILE *out);

#endif
