#!/usr/bin/env python3
"""Helpers for testsuite/realcode/run.sh (python3 standard library only).

  realcode.py debsrc CODENAME
      Prints a deb822 .sources file with `Types: deb-src` stanzas mirroring the
      system's `deb` entries for CODENAME, CODENAME-updates and CODENAME-security
      (same URIs, components and Signed-By), or deb.debian.org when none is found.

  realcode.py summarize CACHE PROJECT...
      Reads CACHE/results/PROJECT.{json,meta} and prints the table, the
      diagnostics by rule, the files that failed to parse and every diagnostic.
      Exit status 1 when a project's JSON is missing or unreadable.
"""
import glob
import json
import os
import re
import sys


# --- deb-src --------------------------------------------------------------

def parse_deb822(text):
    stanzas, cur = [], {}
    key = None
    for line in text.splitlines():
        if line.startswith('#'):
            continue
        if not line.strip():
            if cur:
                stanzas.append(cur)
            cur, key = {}, None
            continue
        if line[0] in ' \t' and key:
            cur[key] += '\n' + line.strip()
            continue
        m = re.match(r'([A-Za-z0-9-]+):\s*(.*)$', line)
        if m:
            key = m.group(1).lower()
            cur[key] = m.group(2).strip()
    if cur:
        stanzas.append(cur)
    return stanzas


def system_deb_entries():
    """(uri, suite, components, signed_by) for every enabled binary entry."""
    out = []
    files = sorted(glob.glob('/etc/apt/sources.list.d/*.sources'))
    for f in files:
        try:
            text = open(f, encoding='utf-8', errors='replace').read()
        except OSError:
            continue
        for st in parse_deb822(text):
            if st.get('enabled', 'yes').lower() == 'no':
                continue
            if 'deb' not in st.get('types', '').split():
                continue
            for uri in st.get('uris', '').split():
                for suite in st.get('suites', '').split():
                    out.append((uri, suite, st.get('components', 'main'),
                                st.get('signed-by', '')))
    lists = ['/etc/apt/sources.list'] + sorted(glob.glob('/etc/apt/sources.list.d/*.list'))
    for f in lists:
        try:
            lines = open(f, encoding='utf-8', errors='replace').read().splitlines()
        except OSError:
            continue
        for line in lines:
            line = line.split('#', 1)[0].strip()
            m = re.match(r'deb\s+(\[[^\]]*\]\s+)?(\S+)\s+(\S+)\s*(.*)$', line)
            if not m:
                continue
            opts = m.group(1) or ''
            sb = re.search(r'signed-by=(\S+?)\]?(\s|$)', opts)
            out.append((m.group(2), m.group(3), m.group(4) or 'main',
                        sb.group(1).rstrip(']') if sb else ''))
    return out


def cmd_debsrc(codename):
    wanted = {codename, codename + '-updates', codename + '-security'}
    entries = [e for e in system_deb_entries() if e[1] in wanted]
    if not entries:
        kr = '/usr/share/keyrings/debian-archive-keyring.gpg'
        entries = [('http://deb.debian.org/debian', codename, 'main', kr),
                   ('http://deb.debian.org/debian', codename + '-updates', 'main', kr),
                   ('http://deb.debian.org/debian-security', codename + '-security', 'main', kr)]
    # One stanza per (uri, components, signed-by), suites merged, first-seen order.
    groups = {}
    for uri, suite, comps, sb in entries:
        groups.setdefault((uri, comps, sb), [])
        if suite not in groups[(uri, comps, sb)]:
            groups[(uri, comps, sb)].append(suite)
    print('# Added by ownck testsuite/realcode/run.sh: source packages for apt-get source.')
    for (uri, comps, sb), suites in groups.items():
        print()
        print('Types: deb-src')
        print('URIs: ' + uri)
        print('Suites: ' + ' '.join(suites))
        print('Components: ' + comps)
        if sb:
            print('Signed-By: ' + sb)
    return 0


# --- summary --------------------------------------------------------------

def read_meta(path):
    meta = {}
    try:
        for line in open(path, encoding='utf-8'):
            if '=' in line:
                k, v = line.rstrip('\n').split('=', 1)
                meta[k] = v
    except OSError:
        pass
    return meta


def cmd_summarize(cache, projects):
    status = 0
    rows, details = [], []
    for p in projects:
        meta = read_meta(os.path.join(cache, 'results', p + '.meta'))
        jpath = os.path.join(cache, 'results', p + '.json')
        try:
            doc = json.load(open(jpath, encoding='utf-8'))
        except (OSError, ValueError) as e:
            print('realcode: %s: no usable JSON (%s)' % (p, e), file=sys.stderr)
            status = 1
            doc = {'diagnostics': [], 'errors': [{'file': '?', 'message': 'no JSON'}]}
        by_rule = {}
        for d in doc.get('diagnostics', []):
            by_rule[d['rule']] = by_rule.get(d['rule'], 0) + 1
        errs = doc.get('errors', [])
        rows.append((p, meta, by_rule, errs, doc))
    hdr = ['project', 'source', 'files', 'lines', 'diags', 'by rule',
           'parse-fail', 'exit', 'ownck s', 'clang -fsyntax-only s']
    table = [hdr]
    for p, meta, by_rule, errs, doc in rows:
        rules = ' '.join('%s:%d' % (r, n) for r, n in sorted(by_rule.items())) or '-'
        table.append([p, meta.get('version', '?'), meta.get('files', '?'), meta.get('lines', '?'),
                      str(sum(by_rule.values())), rules, str(len(errs)),
                      meta.get('ownck_rc', '?'), meta.get('ownck_time', '?'),
                      meta.get('parse_time', '-')])
    widths = [max(len(r[i]) for r in table) for i in range(len(hdr))]
    left = {0, 1, 5}
    for n, r in enumerate(table):
        print('  '.join(c.ljust(w) if i in left else c.rjust(w)
                        for i, (c, w) in enumerate(zip(r, widths))).rstrip())
        if n == 0:
            print('  '.join('-' * w for w in widths))
    print()
    for p, meta, by_rule, errs, doc in rows:
        if meta.get('stats'):
            print('%s: %s' % (p, meta['stats']))
    for p, meta, by_rule, errs, doc in rows:
        for e in errs:
            print('%s: PARSE FAILURE %s: %s' % (p, e.get('file'), e.get('message')))
            for m in (e.get('clang') or [])[:3]:
                print('      ' + m)
            status = 1
        diags = doc.get('diagnostics', [])
        if diags:
            print()
            print('%s: %d diagnostic(s)' % (p, len(diags)))
            for d in diags:
                loc = d['location']
                print('  %s:%d:%d: %s [%s] %s' % (loc['file'], loc['line'], loc['column'],
                                                d['severity'], d['rule'], d['message']))
                for nt in d.get('notes', []):
                    nl = nt['location']
                    print('      note %s:%d: %s' % (nl['file'], nl['line'], nt['message']))
    return status


def main(argv):
    if len(argv) >= 3 and argv[1] == 'debsrc':
        return cmd_debsrc(argv[2])
    if len(argv) >= 3 and argv[1] == 'summarize':
        return cmd_summarize(argv[2], argv[3:])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv))
