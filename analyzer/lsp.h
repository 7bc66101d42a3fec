/*
 * lsp.h - `ownck --lsp`: a Language Server Protocol server on stdin/stdout
 * (JSON-RPC 2.0, cJSON), publishing ownck's findings as diagnostics
 * (docs/editors.md).
 *
 * The context is borrowed for the whole session; lsp_main owns everything it
 * creates (documents, the analysis thread, its Frontend and Model).
 */
#ifndef LSP_H
#define LSP_H

#include "driver.h"

typedef struct LspContext {
	const Options *o;               /* --enable/--disable, --config, ... */
	const FrontendConfig *cfg;      /* ownck.h, clang's resource dir, the model headers */
	const char *share_dir;          /* docs/rules/ pages, linked from diagnostics */
	const char *const *extra;       /* -I/-D/-std given on the command line */
	int nextra;
} LspContext;

/* Serves until "exit" or the end of stdin; returns the process's exit status
 * (0 after shutdown then exit, 1 otherwise, as the protocol says). */
int lsp_main(BORROW const LspContext *ctx);

#endif
