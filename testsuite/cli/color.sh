#!/bin/sh
# Colors: none unless --color=always (ANSI escapes "ESC["); --color=never never,
# even on a terminal; the colored text is the plain text plus escapes.
. "$ROOT/testsuite/cli/lib.sh"

ESC=$(printf '\033')
F=$DATA/mixed.c     # errors, warnings and notes

# Default, to a file: no escapes.
expect_status 1 "$OWNCK" "$F"
expect_not_contains out "${ESC}["
save plain
# --color=auto, to a file: none.
expect_status 1 "$OWNCK" --color=auto "$F"
expect_not_contains out "${ESC}["
expect_same "$TMP/plain" "$OUT" "--color=auto to a file vs. the default"
# --color=never: none.
expect_status 1 "$OWNCK" --color=never "$F"
expect_not_contains out "${ESC}["
expect_same "$TMP/plain" "$OUT" "--color=never vs. the default"

# --color=always: escapes, same status; without them, the plain text.
expect_status 1 "$OWNCK" --color=always "$F"
expect_contains out "${ESC}["
sed "s/$ESC\\[[0-9;]*[mK]//g" "$OUT" >"$TMP/stripped"
expect_same "$TMP/plain" "$TMP/stripped" "--color=always with its escapes removed vs. the plain output"
# Colors never leak into the JSON text.
expect_status 1 "$OWNCK" --color=always --format=json "$F"
expect_not_contains out "${ESC}["
json_check "--color=always --format=json is plain JSON" '
assert len(d["diagnostics"]) == 3, d["diagnostics"]
assert not any("\x1b" in x["message"] for x in d["diagnostics"]), d["diagnostics"]'
# A clean run prints nothing, colors or not.
expect_status 0 "$OWNCK" --color=always "$DATA/clean.c"
expect_empty out

# On a terminal, --color=never still prints no escapes.
if python3 -c 'import pty' 2>/dev/null; then
	if ! python3 - "$OWNCK" "$F" >"$TMP/tty-out" 2>"$TMP/tty-err" <<'PY'
import os, pty, subprocess, sys
master, slave = pty.openpty()
p = subprocess.Popen([sys.argv[1], "--color=never", sys.argv[2]],
                     stdout=slave, stderr=slave, stdin=subprocess.DEVNULL)
os.close(slave)
data = b""
while True:
    try:
        chunk = os.read(master, 65536)
    except OSError:
        break
    if not chunk:
        break
    data += chunk
status = p.wait()
sys.stdout.buffer.write(data)
sys.exit(0 if status == 1 else 3)
PY
	then
		fail "--color=never on a terminal: status not 1"
		cat "$TMP/tty-err"
	fi
	expect_not_contains "$TMP/tty-out" "${ESC}["
	expect_contains "$TMP/tty-out" '[use-after-move]'
fi

# A bad value is bad usage.
expect_status 2 "$OWNCK" --color=sometimes "$F"

finish
