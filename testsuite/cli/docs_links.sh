#!/bin/sh
# The documentation holds together: every relative link in README.md and
# docs/**/*.md points to a file that exists; the integration guides cover
# what they promise (GitHub code scanning, GitLab, a Makefile target; VS Code,
# Neovim, Emacs, Vim; the pre-commit framework and the plain hook); --help
# lists the options they document; the man page names every option --help
# lists.
. "$ROOT/testsuite/cli/lib.sh"

python3 - >"$TMP/links" 2>&1 <<'PY' || { fail "broken links:"; sed 's/^/    /' "$TMP/links"; }
import glob, os, re, sys
bad = 0
for doc in ["README.md"] + sorted(glob.glob("docs/**/*.md", recursive=True)):
    text = open(doc, encoding="utf-8").read()
    text = re.sub(r"```.*?```", "", text, flags=re.S)   # not in code blocks
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"[a-z]+:", target) or target.startswith("#"):
            continue
        path = os.path.normpath(os.path.join(os.path.dirname(doc), target.split("#")[0]))
        if not os.path.exists(path):
            print(f"{doc}: link to {target}: no such file ({path})")
            bad += 1
sys.exit(1 if bad else 0)
PY

for want in 'upload-sarif' 'security-events: write' '.gitlab-ci.yml' 'lint:' '--format=sarif'; do
	grep -q -F -e "$want" docs/ci.md || fail "docs/ci.md does not show $want"
done
for want in 'VS Code' 'Neovim' 'Emacs' 'Vim' '$gcc' 'makeprg' 'eglot' 'ownck --lsp'; do
	grep -q -F -e "$want" docs/editors.md || fail "docs/editors.md does not mention $want"
done
for want in '.pre-commit-config.yaml' 'id: ownck' 'ownck-pre-commit' '--staged' '--diff=REF'; do
	grep -q -F -e "$want" docs/pre-commit.md || fail "docs/pre-commit.md does not mention $want"
done
grep -q '^- id: ownck$' .pre-commit-hooks.yaml || fail ".pre-commit-hooks.yaml has no hook id ownck"
grep -q '^  types: \[c\]$' .pre-commit-hooks.yaml || fail ".pre-commit-hooks.yaml: the hook is not for C files"

expect_status 0 "$OWNCK" --help
for opt in --format=text --lsp -p --config --baseline --write-baseline --report-unused-suppressions \
	--diff=REF --staged --header-filter --stats --function-budget --dump-cfg --dump-lifetimes -j -o --enable --werror --color --quiet --model; do
	expect_contains out "$opt"
	grep -q -F -e "$(printf '%s' "$opt" | sed 's/-/\\-/g; s/=.*//')" docs/ownck.1 ||
		fail "docs/ownck.1 does not document $opt"
done

finish
