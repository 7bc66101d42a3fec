/*
 * callgraph.h - the call graph of the analyzed units, as Graphviz DOT.
 */
#ifndef CALLGRAPH_H
#define CALLGRAPH_H

#include <stdio.h>
#include "unit.h"

/* Writes one digraph: a node per function defined in the units (labelled with
 * its inferred summary), a dashed node per function only called, an edge per
 * caller/callee pair. Deterministic: functions in source order. */
void callgraph_dump(Unit *const *units, int n, BORROW_MUT FILE *out);

#endif
