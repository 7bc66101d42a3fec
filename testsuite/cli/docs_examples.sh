#!/bin/sh
# Every diagnostic shown in the docs and the README is what ownck prints for
# the example above it (scripts/doc_examples.py --update regenerates them).
cd "$ROOT" || exit 1
python3 scripts/doc_examples.py "$OWNCK" README.md docs/*.md docs/rules/*.md
