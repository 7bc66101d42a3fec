#!/usr/bin/env python3
"""Checks (or, with --update, rewrites) the diagnostics shown in the docs.

In docs/**/*.md and README.md, a ```c block followed (after at most a line
of prose) by a plain ``` block whose first line
is "NAME.c:LINE:COL: ..." is an example and its output: the C code is written
to NAME.c in a scratch directory, ownck runs on it there, and its text output
must be exactly the plain block. A complete ```c example (it has an #include)
with no output block after it is a "fixed" version: it must compile and
ownck must print nothing for it (unless it includes a header that does not
exist here: an example about a made-up library). A first line
"// ownck-args: ..." gives ownck options (an opt-in rule's --enable).

usage: doc_examples.py OWNCK [--update] DOC.md...
"""
import glob, os, re, subprocess, sys, tempfile

HEAD = re.compile(r'^([\w./-]+\.c):\d+:\d+: ')

def blocks(lines):
    """Yields (code_start, code_end, out_start, out_end): line index ranges of contents."""
    i = 0
    while i < len(lines):
        if lines[i].strip() == '```c':
            j = i + 1
            while j < len(lines) and lines[j].strip() != '```':
                j += 1
            k = j + 1   # blank lines, or one line of prose ("it prints:"), may come between
            while k < len(lines) and k <= j + 4 and lines[k].strip() != '```' and not lines[k].startswith('```'):
                k += 1
            if k < len(lines) and lines[k].strip() == '```':
                m = k + 1
                while m < len(lines) and lines[m].strip() != '```':
                    m += 1
                if m > k + 1 and HEAD.match(lines[k + 1]):
                    yield (i + 1, j, k + 1, m)
                    i = m + 1
                    continue
            i = j + 1
        else:
            i += 1

def run(ownck, name, code):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w') as f:
            f.write(code)
        first = code.split('\n', 1)[0]
        args = first[len('// ownck-args:'):].split() if first.startswith('// ownck-args:') else []
        p = subprocess.run([ownck, '--color=never'] + args + [name], cwd=d, capture_output=True, text=True)
        return p.stdout

def known_header(line):
    """Is the header an #include line names one that exists here (a system
    header, or ownck.h)? Examples of made-up libraries are not compiled."""
    m = re.match(r'#include\s*[<"]([^>"]+)[>"]', line)
    if not m:
        return False
    name = m.group(1)
    dirs = ['/usr/include', '/usr/include/x86_64-linux-gnu', '/usr/local/include']
    dirs += glob.glob('/usr/lib/gcc/*/*/include') + glob.glob('/usr/lib/llvm-*/lib/clang/*/include')
    return name == 'ownck.h' or any(os.path.exists(os.path.join(d, name)) for d in dirs)

def clean_examples(lines):
    """Yields (start, end) of complete ```c blocks that show no output."""
    i = 0
    while i < len(lines):
        if lines[i].strip() == '```c':
            j = i + 1
            while j < len(lines) and lines[j].strip() != '```':
                j += 1
            k = j + 1
            while k < len(lines) and k <= j + 4 and not lines[k].startswith('```'):
                k += 1
            shown = k + 1 < len(lines) and lines[k].strip() == '```' and HEAD.match(lines[k + 1])
            body = lines[i + 1:j]
            own_headers = any(l.startswith('#include') and not known_header(l) for l in body)
            if not shown and not own_headers and any(l.startswith('#include') for l in body):
                yield (i + 1, j)
            i = j + 1
        else:
            i += 1

def check_clean(ownck, doc, lines):
    bad = 0
    for cs, ce in clean_examples(lines):
        with tempfile.TemporaryDirectory() as d:
            with open(os.path.join(d, 'example.c'), 'w') as f:
                f.write('\n'.join(lines[cs:ce]) + '\n')
            p = subprocess.run([ownck, '--color=never', 'example.c'], cwd=d, capture_output=True, text=True)
            if p.returncode != 0 or p.stdout.strip():
                bad += 1
                print(f'{doc}:{cs}: this example shows no diagnostics, but ownck exits {p.returncode}:')
                for g in (p.stdout + p.stderr).rstrip('\n').split('\n')[:8]:
                    print('    | ' + g)
    return bad

def main():
    args = sys.argv[1:]
    ownck = os.path.abspath(args.pop(0))
    update = '--update' in args
    docs = [a for a in args if a != '--update']
    bad = 0
    for doc in docs:
        lines = open(doc).read().split('\n')
        changed = False
        for cs, ce, os_, oe in reversed(list(blocks(lines))):
            name = HEAD.match(lines[os_]).group(1)
            got = run(ownck, name, '\n'.join(lines[cs:ce]) + '\n').rstrip('\n').split('\n')
            want = lines[os_:oe]
            if got != want:
                if update:
                    lines[os_:oe] = got
                    changed = True
                else:
                    bad += 1
                    print(f'{doc}:{os_ + 1}: the output shown for {name} is not what ownck prints:')
                    for g in got:
                        print('    | ' + g)
        if changed:
            open(doc, 'w').write('\n'.join(lines))
            print(f'updated {doc}')
        bad += check_clean(ownck, doc, lines)
    return 1 if bad else 0

sys.exit(main())
