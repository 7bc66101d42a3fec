#!/bin/sh
# ownck --lsp end to end with a real client: Neovim's built-in LSP client
# (Debian's neovim, run headless) opens a buggy file and gets the finding as a
# diagnostic with its code, severity, source, documentation link and the note
# as relatedInformation; the bug is fixed in the buffer without saving and the
# diagnostic goes away; a new bug typed in is reported on its line, and an
# ownck-ignore comment typed after it hides it; the server exits cleanly.
# The file includes a header next to it and compiles only with a flag from
# build/compile_commands.json two levels up, found by walking up.
. "$ROOT/testsuite/cli/lib.sh"

NVIM=/usr/bin/nvim
[ -x "$NVIM" ] || { fail "neovim is not installed (scripts/deps.sh installs it)"; finish; }
export HOME="$TMP/home" XDG_CONFIG_HOME="$TMP/home/.config" XDG_CACHE_HOME="$TMP/home/.cache" \
	XDG_STATE_HOME="$TMP/home/.state" XDG_DATA_HOME="$TMP/home/.data"
mkdir -p "$HOME"

P=$TMP/proj
mkdir -p "$P/src/net" "$P/build"
cat >"$P/src/net/queue.h" <<'C'
#include <ownck.h>
void queue_push(OWNED char *msg);
C
cat >"$P/src/net/relay.c" <<'C'
#ifndef RELAY_BUILD
#error "built only with -DRELAY_BUILD (from compile_commands.json)"
#endif
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
cat >"$P/build/compile_commands.json" <<J
[{"directory": "$P/build", "arguments": ["cc", "-DRELAY_BUILD", "-c", "../src/net/relay.c"], "file": "../src/net/relay.c"}]
J
F=$P/src/net/relay.c
cp "$F" "$TMP/relay.orig"
BUG=$(line_of "$F" '/* BUG */')
MOVE=$(line_of "$F" 'queue_push(buf);')

LOG=$TMP/client.log
run_in "$P/src/net" env OWNCK="$OWNCK" LSP_FILE=relay.c LSP_LOG="$LOG" FIX_LINE="$BUG" \
	FIX_TEXT='    buf = NULL;' NEW_TEXT='    if (!buf) free(buf); buf = strdup(text); queue_push(buf); queue_push(buf);' \
	IGNORE_TEXT='    if (!buf) free(buf); buf = strdup(text); queue_push(buf); queue_push(buf); // ownck-ignore: use-after-move' \
	timeout 120 "$NVIM" --headless --clean -c "luafile $ROOT/testsuite/cli/data/lsp/client.lua"
expect_status 0
[ -f "$LOG" ] || { fail "the client wrote no log"; show_last; finish; }

expect_contains "$LOG" 'opened: 1'
expect_contains "$LOG" "diag $BUG:5-$BUG:8 severity=1 code=use-after-move source=ownck message=use of moved value 'buf'"
expect_match "$LOG" '^href (file://|https://).*/docs/rules/use-after-move\.md$'
expect_contains "$LOG" "related file://$F $MOVE:5 'buf' moved here, into parameter 'msg' of 'queue_push'"
expect_contains "$LOG" 'fixed: 0'
expect_contains "$LOG" 'modified true'
cmp -s "$F" "$TMP/relay.orig" || fail "the file on disk changed: only the buffer should have"
expect_contains "$LOG" 'new bug: 1'
NEWL=$((BUG + 1))
expect_match "$LOG" "^diag $NEWL:[0-9]+-$NEWL:[0-9]+ severity=1 code=use-after-move source=ownck message=use of moved value 'buf'$"
expect_contains "$LOG" 'suppressed: 0'
expect_contains "$LOG" 'exit 0'
expect_not_contains "$LOG" 'lua error'
# the server's stderr ends up in Neovim's LSP log: no sanitizer report there
if [ -d "$HOME" ] && grep -r -l -e 'Sanitizer' -e 'runtime error:' "$HOME" >/dev/null 2>&1; then
	fail "sanitizer report from the server:"
	grep -r -h -e 'Sanitizer' -e 'runtime error:' "$HOME" | head -5
fi
[ "$nfail" -gt 0 ] && sed 's/^/    log| /' "$LOG"

finish
