#!/bin/sh
# The default text output: GCC-shaped diagnostics on stdout, each followed by
# its source line ("%5d | ") and a caret line, then its notes in the same
# shape, and a summary line at the end.
. "$ROOT/testsuite/cli/lib.sh"

F=$DATA/move_use.c
use=$(line_of "$F" 'BUG use-after-move')
mv=$(line_of "$F" 'MOVE */')
use_col=$(col_of "$F" "$use" 'buf[0]')
mv_col=$(col_of "$F" "$mv" 'take(')

expect_status 1 "$OWNCK" "$F"
expect_empty err

# The first line is the diagnostic, at the used operand 'buf'.
expect_match out "^$(re_quote "$F"):$use:$use_col: error: .+ \\[use-after-move\\]\$"
expect_line_match out 1 "^$(re_quote "$F"):$use:$use_col: error: "
# ... then the source line, and a caret under 'buf' (three bytes: ^~~).
expect_line out 2 "$(printf '%5d | %s' "$use" "$(sed -n "${use}p" "$F")")"
expect_line out 3 "      | $(spaces $((use_col - 1)))^~~"
# ... then a note at the move (the call of take), in the same shape.
expect_line_match out 4 "^$(re_quote "$F"):$mv:$mv_col: note: "
expect_match out "^$(re_quote "$F"):$mv:$mv_col: note: .*buf"
expect_line out 5 "$(printf '%5d | %s' "$mv" "$(sed -n "${mv}p" "$F")")"
expect_line_match out 6 "^      \\| {$mv_col}\\^~*\$"
# ... and the summary.
expect_last_line out '1 error generated.'
expect_gcc_shape out
expect_ndiags out 1
# The message names the variable.
expect_match out "^$(re_quote "$F"):$use:$use_col: error: .*buf.* \\[use-after-move\\]\$"

# A use after a move on one path and a free on the other: a use-after-free
# whose notes point at each path's site.
F=$DATA/maybe_moved.c
use=$(line_of "$F" 'BUG use-after-free')
pm=$(line_of "$F" 'PATH-MOVE')
pf=$(line_of "$F" 'PATH-FREE')
expect_status 1 "$OWNCK" "$F"
expect_diag out "$F" "$use" error use-after-free "$(col_of "$F" "$use" 'buf[0]')"
expect_match out "^$(re_quote "$F"):$pm:[0-9]+: note: "
expect_match out "^$(re_quote "$F"):$pf:[0-9]+: note: "
expect_ndiags out 1
expect_gcc_shape out
expect_last_line out '1 error generated.'

# Several diagnostics: each block in shape, notes after their diagnostic.
F=$DATA/three_rules.c
expect_status 1 "$OWNCK" "$F"
expect_gcc_shape out
expect_ndiags out 3
expect_diag out "$F" "$(line_of "$F" 'BUG use-after-move')" error use-after-move
expect_diag out "$F" "$(line_of "$F" 'BUG use-after-free')" error use-after-free
expect_diag out "$F" "$(line_of "$F" 'BUG double-free')" error double-free
# The double free points at the second free's callee name; its note at the first.
df=$(line_of "$F" 'BUG double-free')
expect_diag out "$F" "$df" error double-free "$(col_of "$F" "$df" 'free(')"
expect_match out "^$(re_quote "$F"):$(line_of "$F" 'FREE2'):$(col_of "$F" "$(line_of "$F" 'FREE2')" 'free('): note: "
expect_last_line out '3 errors generated.'

# Nothing to report: no diagnostic lines.
expect_status 0 "$OWNCK" --disable=use-after-move,use-after-free,double-free "$F"
expect_ndiags out 0
expect_status 0 "$OWNCK" "$DATA/clean.c"
expect_ndiags out 0
expect_no_match out 'note:'

finish
