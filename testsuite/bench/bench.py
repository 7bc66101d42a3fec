#!/usr/bin/env python3
"""make bench's measurements, statistics and report (python3 standard library only).

  bench.py ROOT CACHE OUT

ROOT is the checkout (build/ownck, build/bench/floor, testsuite/bench/gen.py),
CACHE the realcode cache testsuite/realcode/prepare.sh filled
(CACHE/build/PROJECT/.ownck-files and .ownck-flags), OUT the directory for the
generated files and results.json. testsuite/bench/run.sh calls it; see
docs/performance.md for what is measured and why.

Every run is one child process; its wall time is taken around fork and wait,
its CPU time (user + sys) and peak RSS come from wait4's rusage of that child
alone. Floor and ownck runs alternate, so a slow moment of a shared machine
hits both; medians are reported.

Environment: BENCH_RUNS (5), BENCH_SCALE_RUNS (3), BENCH_SIZES ("1000 10000
100000"), BENCH_LOCALS ("1000 10000"), BENCH_TIMEOUT (600 s per run),
BENCH_MEM_MB (6144: address-space limit of each ownck run, so that a blow-up
fails instead of taking the machine's memory), BENCH_ALLOW_SLOW=1 (superlinear
growth does not fail the run), BENCH_ONLY (a subset of "realcode scaling jobs
cache", the default, and "instructions", which counts sqlite3.c's instructions
under callgrind: a measure that does not move with the machine's load).
"""
import json
import os
import platform
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import time

ROOT, CACHE, OUT = (os.path.abspath(a) for a in sys.argv[1:4]) if len(sys.argv) == 4 else (None,) * 3
OWNCK = ROOT and os.path.join(ROOT, 'build', 'ownck')
FLOOR = ROOT and os.path.join(ROOT, 'build', 'bench', 'floor')
RUNS = int(os.environ.get('BENCH_RUNS', '5'))
SCALE_RUNS = int(os.environ.get('BENCH_SCALE_RUNS', '3'))
SIZES = [int(x) for x in os.environ.get('BENCH_SIZES', '1000 10000 100000').split()]
LOCALS = [int(x) for x in os.environ.get('BENCH_LOCALS', '1000 10000').split()]
TIMEOUT = float(os.environ.get('BENCH_TIMEOUT', '600'))
MEM_MB = int(os.environ.get('BENCH_MEM_MB', '6144'))
ALLOW_SLOW = os.environ.get('BENCH_ALLOW_SLOW', '') == '1'
ONLY = os.environ.get('BENCH_ONLY', 'realcode scaling jobs cache').split()

# The targets of issue 7, for sqlite3.c single-threaded.
TARGET_TIME = 1.3
TARGET_RSS = 1.5
# Growth of the time per statement over a 10x step that counts as superlinear,
# and the least analysis time (s) of the bigger size for the judgement to mean
# anything on a shared machine (below it the difference is noise).
GROWTH_LIMIT = 2.0
GROWTH_MIN_TIME = 0.1
GROWTH_MIN_BASE = 0.02   # below this the smaller size's analysis is within the noise of the fixed cost


def log(msg):
    sys.stderr.write('bench: %s\n' % msg)
    sys.stderr.flush()


# ---- one measured run ------------------------------------------------------------

def limit_memory():
    if MEM_MB > 0:
        b = MEM_MB << 20
        resource.setrlimit(resource.RLIMIT_AS, (b, b))


def run(argv, cwd, limit=False):
    """One child: {'wall', 'cpu', 'rss_kib', 'rc', 'stderr', 'timeout'}."""
    errpath = os.path.join(OUT, 'last.stderr')
    with open(errpath, 'w+b') as err:
        t0 = time.monotonic()
        p = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                             stderr=err, preexec_fn=limit_memory if limit else None)
        timed_out = False
        deadline = t0 + TIMEOUT
        while True:
            pid, status, ru = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                timed_out = True
                os.kill(p.pid, signal.SIGKILL)
                pid, status, ru = os.wait4(p.pid, 0)
                break
            time.sleep(0.002)
        wall = time.monotonic() - t0
        p.returncode = os.waitstatus_to_exitcode(status)   # reaped here, not by Popen
        err.seek(0)
        text = err.read().decode('utf-8', 'replace')
    return {'wall': wall, 'cpu': ru.ru_utime + ru.ru_stime, 'rss_kib': ru.ru_maxrss,
            'rc': p.returncode, 'stderr': text, 'timeout': timed_out}


def summary(runs):
    ok = [r for r in runs if not r['timeout']]
    if not ok:
        return {'wall': None, 'cpu': None, 'rss_kib': None, 'n': 0}
    return {'wall': statistics.median(r['wall'] for r in ok),
            'cpu': statistics.median(r['cpu'] for r in ok),
            'rss_kib': statistics.median(r['rss_kib'] for r in ok),
            'n': len(ok),
            'all_wall': [round(r['wall'], 4) for r in runs],
            'all_cpu': [round(r['cpu'], 4) for r in runs],
            'all_rss_kib': [r['rss_kib'] for r in runs]}


def interleaved(cmds, cwd, n, warmup=True, limit=False):
    """Runs each of cmds (name -> argv) n times, alternating; name -> list of runs."""
    res = {k: [] for k in cmds}
    if warmup:   # page cache, dynamic loader: not counted
        for k, argv in cmds.items():
            run(argv, cwd, limit)
    for _ in range(n):
        for k, argv in cmds.items():
            res[k].append(run(argv, cwd, limit))
    return res


def stats_lines(stderr):
    """ownck's --stats output: its own lines, not clang's messages."""
    return [l for l in stderr.splitlines() if l.startswith('ownck:') or l.startswith('  ')][:20]


# ---- facts about the machine ----------------------------------------------------

def sh(argv):
    try:
        return subprocess.run(argv, capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ''


def machine():
    cpu = ''
    try:
        with open('/proc/cpuinfo') as f:
            for line in f:
                if line.startswith('model name'):
                    cpu = line.split(':', 1)[1].strip()
                    break
    except OSError:
        pass
    llvm = ''
    for c in ('llvm-config', 'llvm-config-14', 'llvm-config-15', 'llvm-config-16'):
        llvm = sh([c, '--version'])
        if llvm:
            break
    mem = ''
    try:
        with open('/proc/meminfo') as f:
            mem = f.readline().split(':', 1)[1].strip()
    except OSError:
        pass
    rev = sh(['git', '-C', ROOT, 'rev-parse', '--short', 'HEAD'])
    if sh(['git', '-C', ROOT, 'status', '--porcelain', '--untracked-files=no']):
        rev += ' (with uncommitted changes)'
    return {
        'date': time.strftime('%Y-%m-%d %H:%M:%S %z'),
        'ownck': sh([OWNCK, '--version']),
        'libclang': llvm,
        'kernel': platform.release(),
        'os': sh(['sh', '-c', '. /etc/os-release && echo "$PRETTY_NAME"']),
        'cpu': cpu,
        'cores': os.cpu_count(),
        'memory': mem,
        'git': rev,
        'loadavg_start': os.getloadavg(),
    }


def floor_drift():
    """What in analyzer/ no longer matches floor.c's copy of ownck's parse setup."""
    problems = []
    try:
        with open(os.path.join(ROOT, 'analyzer', 'frontend.c')) as f:
            fe = f.read()
        with open(os.path.join(ROOT, 'analyzer', 'main.c')) as f:
            main = f.read()
        with open(os.path.join(ROOT, 'testsuite', 'bench', 'floor.c')) as f:
            floor = f.read()
    except OSError as e:
        return ['cannot read the sources: %s' % e]
    m = re.search(r'\nUnit \*frontend_run_text\(.*?\n}\n', fe, re.S)
    body = m.group(0) if m else ''
    opts = set(re.findall(r'CXTranslationUnit_\w+', body))
    fm = re.search(r'#define FLOOR_PARSE_OPTIONS (.*)', floor)
    fopts = set(re.findall(r'CXTranslationUnit_\w+', fm.group(1) if fm else ''))
    if opts != fopts:
        problems.append('parse options: frontend_run_text has %s, floor.c %s'
                        % (' | '.join(sorted(opts)) or '?', ' | '.join(sorted(fopts))))
    m = re.search(r'\nstatic int build_args\(.*?\n}\n', fe, re.S)
    args = re.findall(r'argv\[n\+\+\] = ("[^"]*"|[\w>.-]+)', m.group(0) if m else '')
    if args[:5] != ['"-D__OWNCK__"', '"-I"', 'cfg->include_dir', '"-resource-dir"', 'cfg->resource_dir']:
        problems.append('build_args adds %s, floor.c -D__OWNCK__ -I INCLUDE -resource-dir DIR' % ' '.join(args))
    if 'clang_createIndex(0, 0)' not in fe:
        problems.append('frontend.c no longer calls clang_createIndex(0, 0)')
    if 'setenv("LIBCLANG_NOTHREADS", "1", 1)' not in main:
        problems.append('main.c no longer sets LIBCLANG_NOTHREADS')
    return problems


# ---- 1. real code: floor vs ownck ----------------------------------------------

def all_rules():
    out = sh([OWNCK, '--list-rules'])
    return [l.split()[0] for l in out.splitlines() if l.strip()]


def ownck_argv(jobs, files, flags):
    # Every rule on, the opt-in one (unused-suppression) included.
    return [OWNCK, '-j', str(jobs), '--stats', '--color=never', '--report-unused-suppressions',
            '--enable=' + ','.join(all_rules())] + files + ['--'] + flags


def project(p):
    d = os.path.join(CACHE, 'build', p)
    with open(os.path.join(d, '.ownck-files')) as f:
        files = [l for l in f.read().splitlines() if l]
    with open(os.path.join(d, '.ownck-flags')) as f:
        flags = [l for l in f.read().splitlines() if l]
    lines = 0
    for fn in files:
        with open(os.path.join(d, fn), 'rb') as f:
            lines += f.read().count(b'\n')
    return d, files, flags, lines


def ratio(a, b):
    return a / b if a is not None and b else None


def bench_realcode(results, failures):
    sets = []
    for p in ('sqlite3', 'lua5.4', 'zlib'):
        d, files, flags, lines = project(p)
        # floor_w: the floor with clang's warnings off, as ownck parses (-w): what
        # that saves is ownck's choice, so the ratio is given against both
        cmds = {'floor': [FLOOR] + files + ['--'] + flags, 'ownck': ownck_argv(1, files, flags),
                'floor_w': [FLOOR] + files + ['--'] + flags + ['-w']}
        log('%s: %d file(s), %d lines: floor, ownck -j 1 and floor -w, %d runs each, interleaved' % (p, len(files), lines, RUNS))
        res = interleaved(cmds, d, RUNS)
        s = {'set': p, 'files': len(files), 'lines': lines, 'dir': d, 'flags': flags,
             'floor': summary(res['floor']), 'ownck': summary(res['ownck']), 'floor_w': summary(res['floor_w'])}
        s['ratio'] = {k: ratio(s['ownck'][k], s['floor'][k]) for k in ('wall', 'cpu', 'rss_kib')}
        s['ratio_w'] = {k: ratio(s['ownck'][k], s['floor_w'][k]) for k in ('wall', 'cpu', 'rss_kib')}
        s['ownck_stats'] = stats_lines(res['ownck'][-1]['stderr'])
        s['floor_stats'] = [l for l in res['floor'][-1]['stderr'].splitlines() if l.startswith('floor:')][-1:]
        s['ownck_rc'] = sorted({r['rc'] for r in res['ownck']})
        s['floor_rc'] = sorted({r['rc'] for r in res['floor']})
        if any(rc not in (0, 1) for rc in s['ownck_rc']) or s['floor_rc'] != [0]:
            failures.append('%s: ownck exit %s, floor exit %s (2: a file did not parse)' % (p, s['ownck_rc'], s['floor_rc']))
        sets.append(s)
    tot = {}
    for tool in ('floor', 'ownck'):
        tot[tool] = {'wall': sum(s[tool]['wall'] for s in sets), 'cpu': sum(s[tool]['cpu'] for s in sets),
                     'rss_kib': max(s[tool]['rss_kib'] for s in sets)}
    overall = {k: ratio(tot['ownck'][k], tot['floor'][k]) for k in ('wall', 'cpu', 'rss_kib')}
    results['realcode'] = {'sets': sets, 'total': tot, 'overall_ratio': overall,
                           'targets': {'time': TARGET_TIME, 'rss': TARGET_RSS, 'on': 'sqlite3'}}


def fmt_s(x):
    return '-' if x is None else '%.3f' % x


def fmt_mib(kib):
    return '-' if kib is None else '%.0f' % (kib / 1024)


def fmt_r(x):
    return '-' if x is None else '%.2fx' % x


def print_realcode(rc):
    print('Real code, single-threaded (ownck -j 1, every rule on), median of %d interleaved runs' % RUNS)
    print()
    hdr = '%-8s %5s %7s | %8s %8s %6s | %8s %8s %6s | %6s %6s %6s' % (
        'set', 'files', 'lines', 'floor s', 'cpu s', 'MiB', 'ownck s', 'cpu s', 'MiB', 'wall', 'cpu', 'rss')
    print(hdr)
    print('-' * len(hdr))
    for s in rc['sets']:
        f, o, r = s['floor'], s['ownck'], s['ratio']
        print('%-8s %5d %7d | %8s %8s %6s | %8s %8s %6s | %6s %6s %6s' % (
            s['set'], s['files'], s['lines'], fmt_s(f['wall']), fmt_s(f['cpu']), fmt_mib(f['rss_kib']),
            fmt_s(o['wall']), fmt_s(o['cpu']), fmt_mib(o['rss_kib']),
            fmt_r(r['wall']), fmt_r(r['cpu']), fmt_r(r['rss_kib'])))
    t, r = rc['total'], rc['overall_ratio']
    print('%-8s %5s %7s | %8s %8s %6s | %8s %8s %6s | %6s %6s %6s' % (
        'overall', '', '', fmt_s(t['floor']['wall']), fmt_s(t['floor']['cpu']), fmt_mib(t['floor']['rss_kib']),
        fmt_s(t['ownck']['wall']), fmt_s(t['ownck']['cpu']), fmt_mib(t['ownck']['rss_kib']),
        fmt_r(r['wall']), fmt_r(r['cpu']), fmt_r(r['rss_kib'])))
    print('(ratios are ownck/floor; overall: sums of the median times, the largest peak RSS)')
    for s in rc['sets']:
        fw, rw = s['floor_w'], s['ratio_w']
        print('%s: floor -w (clang warnings off, as ownck parses) %ss wall, %ss cpu: ownck/floor -w %s wall, %s cpu' % (
            s['set'], fmt_s(fw['wall']), fmt_s(fw['cpu']), fmt_r(rw['wall']), fmt_r(rw['cpu'])))
    # On a shared machine a run can be slowed by others; the spread shows how
    # much, and the ratio of the fastest runs is the least disturbed estimate.
    # The targets are judged on the medians all the same.
    for s in rc['sets']:
        fc, oc = s['floor'].get('all_cpu'), s['ownck'].get('all_cpu')
        if fc and oc:
            print('%s: cpu spread floor %.3f-%.3fs, ownck %.3f-%.3fs; fastest runs ownck/floor %s' % (
                s['set'], min(fc), max(fc), min(oc), max(oc), fmt_r(ratio(min(oc), min(fc)))))
    sq = next(s for s in rc['sets'] if s['set'] == 'sqlite3')
    tw, tc, tm = sq['ratio']['wall'], sq['ratio']['cpu'], sq['ratio']['rss_kib']
    verdict = lambda x, lim: '-' if x is None else ('met' if x <= lim else 'NOT MET')
    print('targets on sqlite3.c: time <= %.1fx: wall %s %s, cpu %s %s; peak memory <= %.1fx: %s %s' % (
        TARGET_TIME, fmt_r(tw), verdict(tw, TARGET_TIME), fmt_r(tc), verdict(tc, TARGET_TIME),
        TARGET_RSS, fmt_r(tm), verdict(tm, TARGET_RSS)))
    print()
    for s in rc['sets']:
        print('%s (exit %s):' % (s['set'], '/'.join(map(str, s['ownck_rc']))))
        for l in s['floor_stats'] + s['ownck_stats']:
            print('  ' + l)
    print()


# ---- 2. scaling: generated functions ---------------------------------------------

def gen(kind, n):
    path = os.path.join(OUT, '%s-%d.c' % (kind, n))
    out = subprocess.run([sys.executable, os.path.join(ROOT, 'testsuite', 'bench', 'gen.py'), kind, str(n), path],
                         capture_output=True, text=True, check=True).stdout.split()
    return path, int(out[0]), int(out[1])


def skipped_of(stats):
    for l in stats:
        m = re.search(r'\((\d+) skipped\)', l)
        if m:
            return int(m.group(1))
    return None


def bench_scaling(results, superlinear):
    rows = []
    empty = os.path.join(OUT, 'empty.c')
    with open(empty, 'w') as f:
        f.write('int bench_empty(void) { return 0; }\n')
    # What a run costs before the first statement (process start, libclang,
    # ownck's models): measured once, subtracted from every size.
    log('scaling: the fixed cost (a one-line file), %d runs' % RUNS)
    base = interleaved({'floor': [FLOOR, empty], 'ownck': ownck_argv(1, [empty], [])}, OUT, RUNS, limit=True)
    base = {k: summary(v) for k, v in base.items()}
    series = [('stmts', SIZES)] + [(k, LOCALS) for k in ('borrows', 'borrows-annot')]
    for kind, sizes in series:
        prev = None
        for n in sizes:
            path, nstmts, nlocals = gen(kind, n)
            runs = RUNS if nstmts <= 20000 else SCALE_RUNS
            log('scaling: %s %d (%d statements, %d locals), %d runs' % (kind, n, nstmts, nlocals, runs))
            cmds = {'floor': [FLOOR, os.path.basename(path)], 'ownck': ownck_argv(1, [os.path.basename(path)], [])}
            # One run first, to see whether repeating it is affordable.
            first = run(cmds['ownck'], OUT, True)
            if first['timeout'] or first['rc'] not in (0, 1) or first['wall'] > 60:
                res = {'floor': [run(cmds['floor'], OUT)], 'ownck': [first]}
            else:
                res = interleaved(cmds, OUT, runs, warmup=False, limit=True)
            f, o = summary(res['floor']), summary(res['ownck'])
            last = res['ownck'][-1]
            row = {'kind': kind, 'n': n, 'statements': nstmts, 'locals': nlocals, 'file': path,
                   'floor': f, 'ownck': o, 'ownck_rc': last['rc'], 'timeout': last['timeout'],
                   'stats': stats_lines(last['stderr']), 'skipped': skipped_of(stats_lines(last['stderr']))}
            # failed: out of memory (BENCH_MEM_MB) or killed (BENCH_TIMEOUT)
            row['failed'] = last['timeout'] or last['rc'] not in (0, 1)
            if row['failed']:
                row['failure'] = ('timeout after %.0f s' % TIMEOUT if last['timeout'] else
                                  'exit %d (address space limited to %d MiB): %s' % (
                                      last['rc'], MEM_MB, (last['stderr'].strip().splitlines() or [''])[-1][:120]))
            # analysis = (ownck - its fixed cost) - (floor - its fixed cost), in CPU time
            if o['cpu'] is not None and not row['failed']:
                row['analysis_cpu'] = max(0.0, (o['cpu'] - base['ownck']['cpu']) - (f['cpu'] - base['floor']['cpu']))
                row['us_per_stmt'] = 1e6 * row['analysis_cpu'] / nstmts
                row['ownck_us_per_stmt'] = 1e6 * o['cpu'] / nstmts
            else:
                row['analysis_cpu'] = row['us_per_stmt'] = row['ownck_us_per_stmt'] = None
            row['growth'] = None
            row['verdict'] = ''
            if prev is not None:
                if row['failed']:
                    row['verdict'] = 'SUPERLINEAR'
                    superlinear.append('%s: %d statements failed (%s) where %d took %.2f s' % (
                        kind, nstmts, row['failure'], prev['statements'], prev['ownck']['cpu'] or 0))
                elif prev['us_per_stmt'] and row['us_per_stmt'] is not None:
                    g = row['us_per_stmt'] / prev['us_per_stmt']
                    row['growth'] = g
                    if g > GROWTH_LIMIT and prev['analysis_cpu'] < GROWTH_MIN_BASE:
                        row['verdict'] = '(smaller size within noise)'
                    elif g > GROWTH_LIMIT and row['analysis_cpu'] >= GROWTH_MIN_TIME:
                        row['verdict'] = 'SUPERLINEAR'
                        superlinear.append('%s: %.1fx the time per statement from %d to %d statements '
                                           '(%.3f s -> %.3f s of analysis CPU)' % (
                                               kind, g, prev['statements'], nstmts, prev['analysis_cpu'], row['analysis_cpu']))
                    elif g > GROWTH_LIMIT:
                        row['verdict'] = '(too small to judge)'
                if o['rss_kib'] and prev['ownck']['rss_kib'] and not row['failed']:
                    row['rss_growth'] = o['rss_kib'] / prev['ownck']['rss_kib']
            rows.append(row)
            prev = row
            if row['failed']:
                break   # the next size would fail the same way, slower
    results['scaling'] = {'fixed_cost': base, 'rows': rows, 'growth_limit': GROWTH_LIMIT,
                          'growth_min_time': GROWTH_MIN_TIME, 'mem_limit_mib': MEM_MB, 'timeout_s': TIMEOUT}


def print_scaling(sc):
    b = sc['fixed_cost']
    print('Scaling: one generated function per file (build/bench/*.c), ownck -j 1, CPU time (user+sys), medians')
    print('analysis = (ownck - ownck on a one-line file) - (floor - floor on it); fixed cost: ownck %ss, floor %ss CPU'
          % (fmt_s(b['ownck']['cpu']), fmt_s(b['floor']['cpu'])))
    print()
    hdr = '%-14s %7s %6s | %7s %8s %7s | %9s %8s %7s | %7s  %s' % (
        'function', 'stmts', 'locals', 'floor s', 'ownck s', 'MiB', 'analysis', 'us/stmt', 'growth', 'skipped', '')
    print(hdr)
    print('-' * len(hdr))
    for r in sc['rows']:
        if r['failed']:
            print('%-14s %7d %6d | %7s %8s %7s | %s  %s' % (
                r['kind'], r['statements'], r['locals'], fmt_s(r['floor']['cpu']), '-', '-',
                'FAILED: ' + r['failure'], r['verdict']))
            continue
        print('%-14s %7d %6d | %7s %8s %7s | %9s %8s %7s | %7s  %s' % (
            r['kind'], r['statements'], r['locals'], fmt_s(r['floor']['cpu']), fmt_s(r['ownck']['cpu']),
            fmt_mib(r['ownck']['rss_kib']), fmt_s(r['analysis_cpu']),
            '-' if r['us_per_stmt'] is None else '%.1f' % r['us_per_stmt'],
            fmt_r(r['growth']), '-' if r['skipped'] is None else r['skipped'], r['verdict']))
    print('(growth: us/stmt over the previous size; above %.0fx on a 10x step is SUPERLINEAR when the analysis takes >= %.1f s'
          ' and the smaller size\'s >= %.2f s)'
          % (sc['growth_limit'], sc['growth_min_time'], GROWTH_MIN_BASE))
    print()
    for r in sc['rows']:
        if r['stats']:
            print('%s %d:' % (r['kind'], r['n']))
            for l in r['stats']:
                print('  ' + l)
    print()


# ---- 3. -j scaling on lua5.4 -----------------------------------------------------

def bench_jobs(results):
    d, files, flags, lines = project('lua5.4')
    log('jobs: lua5.4, ownck -j 1 and -j 2, %d runs each, interleaved' % RUNS)
    res = interleaved({'j1': ownck_argv(1, files, flags), 'j2': ownck_argv(2, files, flags)}, d, RUNS)
    j1, j2 = summary(res['j1']), summary(res['j2'])
    results['jobs'] = {'set': 'lua5.4', 'files': len(files), 'j1': j1, 'j2': j2,
                       'speedup': ratio(j1['wall'], j2['wall']), 'cores': os.cpu_count()}


def print_jobs(j):
    print('-j scaling: lua5.4 (%d files), wall time, median of %d interleaved runs' % (j['files'], RUNS))
    print('  -j 1: %s s   -j 2: %s s   speedup %s (target: close to 2x on 2 cores; this machine has %d)'
          % (fmt_s(j['j1']['wall']), fmt_s(j['j2']['wall']), fmt_r(j['speedup']), j['cores']))
    # The same CPU time with little speedup means the cores were busy with something else.
    print('  CPU time (user+sys): -j 1 %s s, -j 2 %s s' % (fmt_s(j['j1']['cpu']), fmt_s(j['j2']['cpu'])))
    print()


# ---- 4. re-run with the cache on lua5.4 -------------------------------------------

def bench_cache(results):
    """Cold (empty cache) against a re-run after one file changed, and one with no change."""
    d, files, flags, lines = project('lua5.4')
    work = os.path.join(OUT, 'cache-project')
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(d, work)
    cache = os.path.join(OUT, 'cache-dir')
    argv = ownck_argv(1, files, flags)
    argv = argv[:1] + ['--cache-dir=' + cache] + argv[1:]
    touched = os.path.join(work, files[len(files) // 2])
    with open(touched, 'rb') as f:
        original = f.read()
    log('cache: lua5.4, cold vs one file changed vs unchanged, -j 1, %d runs each' % RUNS)
    cold, edited, same = [], [], []
    run(argv, work)   # warm-up
    for i in range(RUNS):
        shutil.rmtree(cache, ignore_errors=True)
        cold.append(run(argv, work))
        with open(touched, 'wb') as f:
            f.write(original + b'\n/* edited by make bench, run %d */\n' % i)
        edited.append(run(argv, work))
        same.append(run(argv, work))
        with open(touched, 'wb') as f:
            f.write(original)
    c, e, u = summary(cold), summary(edited), summary(same)
    results['cache'] = {'set': 'lua5.4', 'files': len(files), 'touched': files[len(files) // 2],
                        'cold': c, 'one_changed': e, 'unchanged': u,
                        'speedup_one_changed': ratio(c['wall'], e['wall']),
                        'speedup_unchanged': ratio(c['wall'], u['wall']),
                        'stats_one_changed': stats_lines(edited[-1]['stderr'])}


def print_cache(r):
    print('cache: lua5.4 (%d files), -j 1, --cache-dir, wall time, median of %d runs' % (r['files'], RUNS))
    print('  cold (empty cache) %s s   one file changed (%s) %s s   nothing changed %s s'
          % (fmt_s(r['cold']['wall']), r['touched'], fmt_s(r['one_changed']['wall']), fmt_s(r['unchanged']['wall'])))
    print('  re-run after one change: %s faster (target: at least 5x); with no change: %s faster'
          % (fmt_r(r['speedup_one_changed']), fmt_r(r['speedup_unchanged'])))
    for l in r['stats_one_changed'][:1]:
        print('  ' + l)
    print()


# ---- 5. instructions: a measure that does not vary --------------------------------

def callgrind_total(path):
    with open(path) as f:
        for line in f:
            if line.startswith('totals:') or line.startswith('summary:'):
                return int(line.split()[1])
    return None


def bench_instructions(results, failures):
    if not shutil.which('valgrind'):
        failures.append('instructions: valgrind is not installed')
        return
    d, files, flags, _ = project('sqlite3')
    r = {}
    for tool, argv in (('floor', [FLOOR] + files + ['--'] + flags), ('ownck', ownck_argv(1, files, flags))):
        out = os.path.join(OUT, 'callgrind.%s.out' % tool)
        log('instructions: sqlite3.c, %s under callgrind (a minute or two)' % tool)
        p = subprocess.run(['valgrind', '--tool=callgrind', '--callgrind-out-file=' + out] + argv, cwd=d,
                           capture_output=True, text=True, timeout=TIMEOUT * 10)
        r[tool] = callgrind_total(out) if p.returncode in (0, 1) else None
        if r[tool] is None:
            failures.append('instructions: %s under callgrind ended with %d' % (tool, p.returncode))
    r['ratio'] = ratio(r.get('ownck'), r.get('floor'))
    results['instructions'] = r


def print_instructions(r):
    if not r:
        return
    fmt = lambda n: '-' if n is None else '%.2f billion' % (n / 1e9)
    print('Instructions on sqlite3.c (callgrind, one run each; build/bench/callgrind.*.out):')
    print('  floor %s, ownck %s: %s' % (fmt(r.get('floor')), fmt(r.get('ownck')), fmt_r(r.get('ratio'))))
    print()


# ---- main ------------------------------------------------------------------------

def main():
    if ROOT is None:
        sys.stderr.write(__doc__)
        return 2
    os.makedirs(OUT, exist_ok=True)
    results = {'machine': machine(), 'runs': RUNS, 'scale_runs': SCALE_RUNS}
    drift = floor_drift()
    results['floor_drift'] = drift
    for d in drift:
        log('WARNING: the floor may no longer match ownck: %s' % d)
    failures, superlinear = [], []
    m = results['machine']
    print('%s | libclang %s | %s | kernel %s | %s, %d cores | %s | %s'
          % (m['ownck'], m['libclang'], m['os'], m['kernel'], m['cpu'], m['cores'], m['memory'], m['date']))
    print('checkout %s; load average at the start %.2f %.2f %.2f' % ((m['git'],) + tuple(m['loadavg_start'])))
    print()
    if 'realcode' in ONLY:
        bench_realcode(results, failures)
        print_realcode(results['realcode'])
    if 'scaling' in ONLY:
        bench_scaling(results, superlinear)
        print_scaling(results['scaling'])
    if 'jobs' in ONLY:
        bench_jobs(results)
        print_jobs(results['jobs'])
    if 'cache' in ONLY:
        bench_cache(results)
        print_cache(results['cache'])
    if 'instructions' in ONLY:
        bench_instructions(results, failures)
        print_instructions(results.get('instructions'))
    results['machine']['loadavg_end'] = os.getloadavg()
    results['superlinear'] = superlinear
    results['failures'] = failures
    print('load average at the end %.2f %.2f %.2f' % tuple(results['machine']['loadavg_end']))
    for d in drift:
        print('WARNING: the floor may no longer match ownck: %s' % d)
    for s in superlinear:
        print('SUPERLINEAR: %s' % s)
    for f in failures:
        print('FAILED: %s' % f)
    with open(os.path.join(OUT, 'results.json'), 'w') as f:
        json.dump(results, f, indent=1)
    print('results: %s' % os.path.join(OUT, 'results.json'))
    if failures:
        return 1
    if superlinear and not ALLOW_SLOW:
        print('make bench fails on superlinear growth; BENCH_ALLOW_SLOW=1 reports it without failing')
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
