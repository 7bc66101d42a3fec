#!/bin/sh
# ownck --lsp on hand-made JSON-RPC (testsuite/cli/data/lsp/protocol.py): the
# handshake and exit status, position encodings, every kind of malformed
# input answered with a JSON-RPC error and never a crash (bad JSON, wrong and
# missing Content-Length, unknown methods, wrong params, a 65 MiB message),
# analyses that do not block the reader, stale analyses dropped, didChange
# (full and incremental), didSave, didClose, UTF-16 columns, and a file that
# does not compile. The end-to-end test with a real client is lsp_neovim.sh.
. "$ROOT/testsuite/cli/lib.sh"

mkdir "$TMP/docs"
cat >"$TMP/docs/queue.h" <<'C'
#include <ownck.h>
void queue_push(OWNED char *msg);
C
cat >"$TMP/docs/buggy.c" <<'C'
#include <stdlib.h>
#include <string.h>
#include "queue.h"

void relay(const char *text)
{
    OWNED char *buf = strdup(text);
    if (!buf)
        return;
    queue_push(buf);
    buf[0] = 'x';               /* BUG */
}
C
if ! python3 "$ROOT/testsuite/cli/data/lsp/protocol.py" "$OWNCK" "$TMP/docs" >"$TMP/log" 2>&1; then
	fail "protocol checks failed:"
	grep -v '^ok: ' "$TMP/log" | sed 's/^/    /' | head -60
fi
grep -q '^ok: a 65 MiB message' "$TMP/log" || fail "the checks did not run to the end"

finish
