# lib.sh - helpers for the end-to-end scripts in testsuite/cli/.
#
# A script sources this file (`. "$ROOT/testsuite/cli/lib.sh"`), runs commands
# with `run` (or `expect_status N CMD...`), checks what they printed with the
# expect_* functions, and ends with `finish`. A failed check prints what was
# expected and what was got, and the script goes on, so that one run shows
# every broken check; `finish` exits 1 when any check failed.
#
# Every run is also checked for a crash, whatever the script expects: a status
# of 128 or more (killed by a signal), 99 (the exit code testsuite/run.sh gives
# the sanitizers), or a sanitizer report on stderr is a failure.
#
# Set here:  DATA   testsuite/cli/data, relative, so that ownck prints relative paths
#            TMP    a scratch directory, removed on exit
#            OUT    file holding the last run's stdout   (`out` in the checks)
#            ERR    file holding the last run's stderr   (`err` in the checks)
#            status the last run's exit status
#
# POSIX sh only (the runner uses dash): no `local`, so helper variables start
# with an underscore.

# Run by itself (testsuite/run.sh runs every testsuite/cli/*.sh), it is no test.
case $0 in
*/lib.sh | lib.sh)
	echo "lib.sh: helpers for the other scripts; nothing to test"
	exit 0
	;;
esac

set -u
: "${OWNCK:?set OWNCK to the ownck binary (absolute path)}"
: "${ROOT:?set ROOT to the repository root}"
cd "$ROOT" || exit 1

TEST=$(basename "$0" .sh)
DATA=testsuite/cli/data
TMP=$(mktemp -d) || exit 1
trap 'rm -rf "$TMP"' EXIT
trap 'exit 130' HUP INT TERM
OUT=$TMP/.stdout
ERR=$TMP/.stderr
: >"$OUT"
: >"$ERR"
status=0
last_cmd="(nothing run yet)"
nfail=0

# fail MESSAGE: record a failed check.
fail() {
	nfail=$((nfail + 1))
	printf 'FAIL: %s\n' "$*"
}

# show_last: what the last command was and what it printed.
show_last() {
	printf '    command: %s\n    status:  %s\n' "$last_cmd" "$status"
	printf '    stdout (%s lines):\n' "$(wc -l <"$OUT" | tr -d ' ')"
	sed -n '1,40s/^/    | /p' "$OUT"
	printf '    stderr (%s lines):\n' "$(wc -l <"$ERR" | tr -d ' ')"
	sed -n '1,20s/^/    | /p' "$ERR"
}

# check_crash: the last command must not have crashed.
check_crash() {
	if [ "$status" -ge 128 ] || [ "$status" -eq 99 ]; then
		fail "crash: '$last_cmd' ended with status $status (signal or sanitizer)"
		show_last
	elif grep -q -e 'Sanitizer' -e 'runtime error:' "$ERR"; then
		fail "sanitizer report from '$last_cmd'"
		show_last
	fi
}

# run CMD...: run a command, stdout to $OUT, stderr to $ERR, status to $status.
run() {
	last_cmd="$*"
	"$@" >"$OUT" 2>"$ERR" </dev/null
	status=$?
	check_crash
}

# run_in DIR CMD...: the same, with DIR as the current directory.
run_in() {
	_dir=$1
	shift
	last_cmd="(cd $_dir) $*"
	(cd "$_dir" && exec "$@") >"$OUT" 2>"$ERR" </dev/null
	status=$?
	check_crash
}

# expect_status N [CMD...]: with a command, run it first; the status must be N.
expect_status() {
	_want=$1
	shift
	if [ $# -gt 0 ]; then
		run "$@"
	fi
	if [ "$status" -ne "$_want" ]; then
		fail "expected exit status $_want, got $status"
		show_last
	fi
}

# _where out|err|FILE: the file a check looks at.
_where() {
	case $1 in
	out) printf '%s\n' "$OUT" ;;
	err) printf '%s\n' "$ERR" ;;
	*) printf '%s\n' "$1" ;;
	esac
}

# _got WHERE: print the contents a failed check looked at.
_got() {
	case $1 in
	out | err) show_last ;;
	*)
		printf '    %s:\n' "$1"
		sed -n '1,40s/^/    | /p' "$1"
		;;
	esac
}

# expect_contains WHERE STRING: some line of WHERE contains STRING (fixed string).
expect_contains() {
	if ! grep -q -F -e "$2" "$(_where "$1")"; then
		fail "expected $1 to contain: $2"
		_got "$1"
	fi
}

# expect_not_contains WHERE STRING
expect_not_contains() {
	if grep -q -F -e "$2" "$(_where "$1")"; then
		fail "expected $1 not to contain: $2"
		_got "$1"
	fi
}

# expect_match WHERE ERE: some line of WHERE matches the extended regex.
expect_match() {
	if ! grep -q -E -e "$2" "$(_where "$1")"; then
		fail "expected a line of $1 to match: $2"
		_got "$1"
	fi
}

# expect_no_match WHERE ERE
expect_no_match() {
	if grep -q -E -e "$2" "$(_where "$1")"; then
		fail "expected no line of $1 to match: $2"
		_got "$1"
	fi
}

# expect_count WHERE ERE N: exactly N lines of WHERE match.
expect_count() {
	_n=$(grep -c -E -e "$2" "$(_where "$1")")
	if [ "$_n" -ne "$3" ]; then
		fail "expected $3 line(s) of $1 matching '$2', got $_n"
		_got "$1"
	fi
}

# expect_empty WHERE / expect_nonempty WHERE
expect_empty() {
	if [ -s "$(_where "$1")" ]; then
		fail "expected $1 to be empty"
		_got "$1"
	fi
}
expect_nonempty() {
	if [ ! -s "$(_where "$1")" ]; then
		fail "expected $1 not to be empty"
		_got "$1"
	fi
}

# expect_line WHERE N TEXT: line N of WHERE is exactly TEXT.
expect_line() {
	_l=$(sed -n "$2p" "$(_where "$1")")
	if [ "$_l" != "$3" ]; then
		fail "expected line $2 of $1 to be exactly:"
		printf '    [%s]\n  got:\n    [%s]\n' "$3" "$_l"
		_got "$1"
	fi
}

# expect_line_match WHERE N ERE: line N of WHERE matches the extended regex.
expect_line_match() {
	if ! sed -n "$2p" "$(_where "$1")" | grep -q -E -e "$3"; then
		fail "expected line $2 of $1 to match: $3"
		_got "$1"
	fi
}

# expect_last_line WHERE TEXT: the last line of WHERE is exactly TEXT.
expect_last_line() {
	_l=$(tail -n 1 "$(_where "$1")")
	if [ "$_l" != "$2" ]; then
		fail "expected the last line of $1 to be exactly:"
		printf '    [%s]\n  got:\n    [%s]\n' "$2" "$_l"
		_got "$1"
	fi
}

# expect_same FILE1 FILE2 WHAT: the two files are byte-identical.
expect_same() {
	if ! cmp -s "$1" "$2"; then
		fail "$3: outputs differ"
		diff -u "$1" "$2" | sed -n '1,40s/^/    /p'
	fi
}

# save NAME: keep a copy of the last stdout as $TMP/NAME.
save() {
	cp "$OUT" "$TMP/$1"
}

# data_error MESSAGE: a broken test input. Usable inside $(...), where fail's
# count would be lost: it leaves a mark in $TMP that finish counts.
data_error() {
	printf 'FAIL: test data: %s\n' "$*" >&2
	echo "$*" >>"$TMP/.data-errors"
}

# line_of FILE MARKER: number of the first line of FILE containing MARKER.
line_of() {
	_n=$(grep -n -F -e "$2" "$1" | head -n 1 | cut -d: -f1)
	if [ -z "$_n" ]; then
		data_error "'$2' not found in $1"
		_n=0
	fi
	printf '%s\n' "$_n"
}

# spaces N: N spaces (no newline).
spaces() {
	awk -v n="$1" 'BEGIN { s = ""; for (i = 0; i < n; i++) s = s " "; printf "%s", s }'
}

# col_of FILE LINE STRING: 1-based byte column of STRING in line LINE of FILE.
col_of() {
	_c=$(awk -v n="$2" -v s="$3" 'NR == n { print index($0, s); exit }' "$1")
	if [ -z "$_c" ] || [ "$_c" -eq 0 ]; then
		data_error "'$3' not found in line $2 of $1"
		_c=0
	fi
	printf '%s\n' "$_c"
}

# re_quote STRING: STRING as an extended regex matching itself.
re_quote() {
	printf '%s\n' "$1" | sed 's/[][\.*^$+?(){}|]/\\&/g'
}

# diag_re FILE LINE SEVERITY RULE [COL]: regex for a diagnostic's first line.
diag_re() {
	printf '^%s:%s:%s: %s: .+ \\[%s\\]$\n' "$(re_quote "$1")" "$2" "${5:-[0-9]+}" "$3" "$4"
}

# expect_diag WHERE FILE LINE SEVERITY RULE [COL]: that diagnostic is printed.
expect_diag() {
	_re=$(diag_re "$2" "$3" "$4" "$5" "${6:-}")
	if ! grep -q -E -e "$_re" "$(_where "$1")"; then
		fail "expected a diagnostic '$2:$3:${6:-*}: $4: ... [$5]' in $1"
		_got "$1"
	fi
}

# expect_no_diag_at WHERE FILE LINE: no diagnostic (of any rule) at that line.
expect_no_diag_at() {
	_re="^$(re_quote "$2"):$3:[0-9]+: (error|warning): "
	if grep -q -E -e "$_re" "$(_where "$1")"; then
		fail "expected no diagnostic at $2:$3 in $1"
		_got "$1"
	fi
}

# DIAG_RE: any diagnostic's first line (not notes).
DIAG_RE='^[^ ].*:[0-9]+:[0-9]+: (error|warning): .* \[[a-z0-9-]+\]$'

# ndiags WHERE: how many diagnostics WHERE holds.
ndiags() {
	grep -c -E -e "$DIAG_RE" "$(_where "$1")"
}

# expect_ndiags WHERE N
expect_ndiags() {
	expect_count "$1" "$DIAG_RE" "$2"
}

# expect_gcc_shape WHERE [--quiet]: every line of WHERE is part of a GCC-shaped
# diagnostic: "FILE:LINE:COL: SEVERITY: ..." (SEVERITY error, warning or note),
# then exactly "%5d | " and line LINE of FILE, then "      | " and spaces up
# to column COL, "^" and "~"s. With a summary ("N errors and M warnings
# generated.") as the last line, unless --quiet is given, when there must be none.
# Assumes no tabs in the source lines (columns are bytes). Relative FILEs are
# read from $GCC_SHAPE_BASE when set (for commands run in another directory).
expect_gcc_shape() {
	_f=$(_where "$1")
	if ! awk -v quiet="${2:-}" -v base="${GCC_SHAPE_BASE:-}" '
		function src(f, n,   line, i, p) {
			if (!(f in loaded)) {
				i = 0
				p = (base != "" && substr(f, 1, 1) != "/") ? base "/" f : f
				while ((getline line < p) > 0) S[f, ++i] = line
				close(p)
				loaded[f] = 1
			}
			return ((f, n) in S) ? S[f, n] : "\001(no such line)"
		}
		function bad(msg) { printf("    line %d: %s\n", i, msg); nbad++ }
		{ L[NR] = $0 }
		END {
			nbad = 0; i = 1; summary = 0
			while (i <= NR) {
				l = L[i]
				if (l ~ /^[^ ][^:]*:[0-9]+:[0-9]+: (error|warning|note): ./) {
					split(l, a, ":")
					f = a[1]; ln = a[2] + 0; col = a[3] + 0
					if (l !~ /: note: / && l !~ / \[[a-z0-9-]+\]$/)
						bad("no [rule] at the end: " l)
					want = sprintf("%5d | %s", ln, src(f, ln))
					if (L[i + 1] != want)
						bad("after the header expected the source line [" want "], got [" L[i + 1] "]")
					caret = "      | "
					for (k = 1; k < col; k++) caret = caret " "
					c = L[i + 2]
					if (substr(c, 1, length(caret) + 1) != caret "^" || substr(c, length(caret) + 2) !~ /^~*$/)
						bad("expected a caret line [" caret "^~...] for column " col ", got [" c "]")
					i += 3
				} else if (l ~ /^[0-9]+ (errors?|warnings?)( and [0-9]+ warnings?)? generated\.$/) {
					if (quiet == "--quiet") bad("summary printed with --quiet: " l)
					if (i != NR) bad("summary is not the last line: " l)
					summary = 1
					i++
				} else {
					bad("not part of a diagnostic: [" l "]")
					i++
				}
			}
			if (NR > 0 && !summary && quiet != "--quiet") { i = NR; bad("no summary line at the end") }
			exit (nbad > 0)
		}' "$_f" >"$TMP/.shape"; then
		fail "output of '$last_cmd' is not GCC-shaped:"
		cat "$TMP/.shape"
		_got "$1"
	fi
}

# json_check WHAT PYTHON: run PYTHON (assert statements) with d = the JSON
# object parsed from the last stdout (text = the raw text, os, json, re
# imported); a failing assert prints WHAT and the assertion.
json_check() {
	if ! python3 - "$OUT" "$2" >"$TMP/.py" 2>&1 <<'EOF'
import json, os, re, sys
path, code = sys.argv[1], sys.argv[2]
with open(path, encoding="utf-8") as f:
    text = f.read()
d = json.loads(text)
exec(compile(code, "<check>", "exec"), {"d": d, "text": text, "json": json, "os": os, "re": re})
EOF
	then
		fail "$1"
		tail -n 6 "$TMP/.py" | sed 's/^/    /'
		show_last
	fi
}

# json_check_shape WHAT: the last stdout is exactly one JSON object of the
# documented shape: keys in order, types, locations that make sense, and
# stats.diagnostics equal to the number of diagnostics.
json_check_shape() {
	json_check "$1: JSON shape" '
def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)
def check_loc(l):
    assert isinstance(l, dict) and list(l) == ["file", "line", "column", "end_line", "end_column"], l
    assert isinstance(l["file"], str) and l["file"], l
    for k in ("line", "column", "end_line", "end_column"):
        assert is_int(l[k]) and l[k] >= 1, (k, l)
    assert (l["end_line"], l["end_column"]) >= (l["line"], l["column"]), l
assert text.lstrip().startswith("{") and text.rstrip().endswith("}"), "not one object"
assert list(d) == ["version", "tool", "diagnostics", "errors", "skipped", "stats"], list(d)
assert isinstance(d["skipped"], list), d["skipped"]
for sk in d["skipped"]:
    assert set(sk) <= {"function", "reason", "location"} and sk["function"] and sk["reason"], sk
    if "location" in sk: check_loc(sk["location"])
assert is_int(d["version"]) and d["version"] == 1, d["version"]
assert list(d["tool"]) == ["name", "version"], d["tool"]
assert d["tool"]["name"] == "ownck", d["tool"]
assert isinstance(d["tool"]["version"], str) and d["tool"]["version"], d["tool"]
assert isinstance(d["diagnostics"], list), d["diagnostics"]
for x in d["diagnostics"]:
    assert list(x) == ["rule", "severity", "rust_code", "cwe", "message", "location", "notes", "fixits"], list(x)
    assert isinstance(x["rule"], str) and re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", x["rule"]), x["rule"]
    assert x["severity"] in ("error", "warning"), x["severity"]
    assert x["rust_code"] is None or (isinstance(x["rust_code"], str) and re.fullmatch(r"E[0-9]{4}", x["rust_code"])), x["rust_code"]
    assert x["cwe"] is None or (is_int(x["cwe"]) and x["cwe"] > 0), x["cwe"]
    assert isinstance(x["message"], str) and x["message"], x["message"]
    check_loc(x["location"])
    assert isinstance(x["notes"], list), x["notes"]
    for n in x["notes"]:
        assert isinstance(n, dict) and list(n) == ["message", "location"], n
        assert isinstance(n["message"], str) and n["message"], n
        check_loc(n["location"])
    assert isinstance(x["fixits"], list), x["fixits"]
assert isinstance(d["errors"], list), d["errors"]
for e in d["errors"]:
    assert isinstance(e, dict) and list(e) == ["file", "message", "clang"], e
    assert isinstance(e["file"], str) and e["file"], e
    assert isinstance(e["message"], str) and e["message"], e
    assert isinstance(e["clang"], list) and all(isinstance(s, str) for s in e["clang"]), e
assert list(d["stats"]) == ["files", "functions", "diagnostics"], d["stats"]
for k in ("files", "functions", "diagnostics"):
    assert is_int(d["stats"][k]) and d["stats"][k] >= 0, d["stats"]
assert d["stats"]["diagnostics"] == len(d["diagnostics"]), (d["stats"], len(d["diagnostics"]))'
}

# run_whole_suite [OPTION...]: ownck on every C file of the test suite and the
# examples in one run (a self-check mode set in the environment aborts at its
# first difference: status 134); some files do not parse (status 2), some have
# findings (1).
run_whole_suite() {
	find "$ROOT/testsuite" "$ROOT/examples" -name '*.c' | sort >"$TMP/files"
	# shellcheck disable=SC2016
	run sh -c 'f=$1; shift; exec "$0" -j 2 "$@" $(cat "$f")' "$OWNCK" "$TMP/files" "$@"
	if [ "$status" -gt 2 ]; then
		fail "ownck ended with status $status on the test suite's files"
		show_last
	fi
}

# finish: end the script; status 1 when any check failed.
finish() {
	if [ -f "$TMP/.data-errors" ]; then
		nfail=$((nfail + $(wc -l <"$TMP/.data-errors")))
	fi
	if [ "$nfail" -gt 0 ]; then
		echo "$TEST: $nfail check(s) failed"
		exit 1
	fi
	echo "$TEST: all checks passed"
	exit 0
}
