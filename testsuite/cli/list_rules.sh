#!/bin/sh
# --list-rules: one line per rule with its id and Rust code (and CWE); every
# listed id is accepted by --enable/--disable.
. "$ROOT/testsuite/cli/lib.sh"

expect_status 0 "$OWNCK" --list-rules
expect_empty err
cp "$OUT" "$TMP/rules"

# check_rule ID CODE [CWE]: exactly one line names rule ID (as a whole word),
# and it shows CODE (and CWE).
check_rule() {
	_re="(^|[[:space:]])$1([[:space:]]|$)"
	expect_count "$TMP/rules" "$_re" 1
	_line=$(grep -E -e "$_re" "$TMP/rules" | head -n 1)
	case $_line in
	*"$2"*) ;;
	*) fail "the --list-rules line for $1 does not show $2: [$_line]" ;;
	esac
	if [ $# -ge 3 ]; then
		case $_line in
		*"$3"*) ;;
		*) fail "the --list-rules line for $1 does not show CWE $3: [$_line]" ;;
		esac
	fi
}
check_rule use-after-move E0382
check_rule use-after-free E0382 416
check_rule double-free E0382 415
check_rule annotation-misuse E0261

# The same list every time.
run "$OWNCK" --list-rules
expect_same "$TMP/rules" "$OUT" "--list-rules run twice"

# Every listed id (the first word of a line, when it looks like a rule id:
# kebab-case, or "leak") is a rule name --disable and --enable accept.
ids=$(grep -E -o '^[[:space:]]*([a-z][a-z0-9]*(-[a-z0-9]+)+|leak)([[:space:]]|$)' "$TMP/rules" | tr -d ' \t')
[ -n "$ids" ] || fail "no rule ids found in the output of --list-rules"
for id in $ids; do
	run "$OWNCK" --disable="$id" "$DATA/clean.c"
	[ "$status" -eq 0 ] || { fail "--disable=$id (listed by --list-rules) rejected: status $status"; show_last; }
	run "$OWNCK" --enable="$id" "$DATA/clean.c"
	[ "$status" -eq 0 ] || { fail "--enable=$id (listed by --list-rules) rejected: status $status"; show_last; }
done

finish
