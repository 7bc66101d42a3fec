"""protocol.py OWNCK DIR: JSON-RPC and LSP behaviour of `ownck --lsp` on
hand-made input, for testsuite/cli/lsp_protocol.sh: the handshake, position
encodings, malformed messages of every kind (each answered with a JSON-RPC
error, never a crash), analysis that does not block the reader, stale
analyses dropped, didClose, incremental changes, files that do not compile,
and the exit status. Prints one line per check; exit status 1 if any failed.
Every read has a bound that matters only when something is broken."""
import json, os, select, subprocess, sys, time

OWNCK, DIR = sys.argv[1], sys.argv[2]
failures = 0

def check(cond, what, detail=""):
    global failures
    if cond:
        print("ok: " + what)
    else:
        failures += 1
        print("FAIL: " + what + ("\n    " + str(detail)[:2000] if detail else ""))

class Server:
    def __init__(self, env=None):
        e = dict(os.environ)
        e.update(env or {})
        self.p = subprocess.Popen([OWNCK, "--lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, env=e, cwd=DIR)
        self.buf = b""
        self.next_id = 1000

    def raw(self, data):
        self.p.stdin.write(data)
        self.p.stdin.flush()

    def send(self, obj):
        b = json.dumps(obj).encode()
        self.raw(b"Content-Length: %d\r\n\r\n" % len(b) + b)

    def request(self, method, params=None, id=None):
        if id is None:
            self.next_id += 1
            id = self.next_id
        m = {"jsonrpc": "2.0", "id": id, "method": method}
        if params is not None:
            m["params"] = params
        self.send(m)
        return id

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def _fill(self, deadline):
        while True:
            left = deadline - time.time()
            if left <= 0:
                return False
            r, _, _ = select.select([self.p.stdout], [], [], left)
            if r:
                chunk = os.read(self.p.stdout.fileno(), 65536)
                if not chunk:
                    return False
                self.buf += chunk
                return True

    def recv(self, timeout=60):
        deadline = time.time() + timeout
        while b"\r\n\r\n" not in self.buf:
            if not self._fill(deadline):
                return None
        head, rest = self.buf.split(b"\r\n\r\n", 1)
        n = int(head.split(b":")[1])
        while len(rest) < n:
            if not self._fill(deadline):
                return None
            head, rest = self.buf.split(b"\r\n\r\n", 1)
        self.buf = rest[n:]
        return json.loads(rest[:n])

    def response(self, id, timeout=60):
        """The response to request id; other messages are kept in self.seen."""
        self.seen = getattr(self, "seen", [])
        while True:
            m = self.recv(timeout)
            if m is None or ("id" in m and "method" not in m and m["id"] == id):
                return m
            self.seen.append(m)

    def publish(self, uri, timeout=60):
        self.seen = getattr(self, "seen", [])
        for i, m in enumerate(self.seen):
            if m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri:
                return self.seen.pop(i)
        while True:
            m = self.recv(timeout)
            if m is None or (m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri):
                return m
            self.seen.append(m)

    def initialize(self, caps=None, options=None):
        params = {"processId": None, "rootUri": None, "capabilities": caps or {}}
        if options is not None:
            params["initializationOptions"] = options
        r = self.response(self.request("initialize", params))
        self.notify("initialized", {})
        return r

    def finish(self, timeout=60):
        try:
            self.p.stdin.close()
        except BrokenPipeError:
            pass
        try:
            code = self.p.wait(timeout)
        except subprocess.TimeoutExpired:
            self.p.kill()
            code = "hung"
        err = self.p.stderr.read().decode(errors="replace")
        check("Sanitizer" not in err and "runtime error:" not in err, "no sanitizer report", err)
        return code

def uri(name):
    return "file://" + os.path.join(DIR, name)

BUGGY = open(os.path.join(DIR, "buggy.c")).read()
LINES = BUGGY.split("\n")
BUG = next(i for i, l in enumerate(LINES) if "/* BUG */" in l)          # 0-based
FIXED = BUGGY.replace("    buf[0] = 'x';               /* BUG */", "    buf = NULL;")

def error_code(m):
    return m and m.get("error", {}).get("code")

# --- handshake, encodings, exit status --------------------------------------
s = Server()
r = s.initialize()
caps = r and r.get("result", {}).get("capabilities", {})
check(caps.get("textDocumentSync", {}).get("change") == 1 and caps["textDocumentSync"].get("openClose") is True,
      "initialize: full document sync", r)
check(caps.get("positionEncoding") == "utf-16", "initialize: UTF-16 positions by default", caps)
check(r["result"].get("serverInfo", {}).get("name") == "ownck", "initialize: serverInfo", r)
m = s.response(s.request("initialize", {"capabilities": {}}))
check(error_code(m) == -32600, "a second initialize is an invalid request", m)
check(s.response(s.request("shutdown")) == {"jsonrpc": "2.0", "id": s.next_id, "result": None}, "shutdown answers null")
m = s.response(s.request("textDocument/hover", {}))
check(error_code(m) == -32600, "requests after shutdown are invalid", m)
s.notify("exit", None)
check(s.finish() == 0, "exit after shutdown: status 0")

s = Server()
s.initialize()
s.notify("exit", None)
check(s.finish() == 1, "exit without shutdown: status 1")

s = Server()
s.initialize()
check(s.finish() == 1, "end of input without exit: status 1")

s = Server()
m = s.response(s.request("shutdown"))
check(error_code(m) == -32002, "a request before initialize: ServerNotInitialized", m)
r = s.initialize({"general": {"positionEncodings": ["utf-8", "utf-16"]}})
check(r["result"]["capabilities"]["positionEncoding"] == "utf-8", "initialize: UTF-8 when the client offers it", r)
s.response(s.request("shutdown")); s.notify("exit", None); s.finish()

# --- malformed input: an error each time, and the server goes on -------------
s = Server()
s.initialize()
def still_alive(what):
    m = s.response(s.request("ownck/ping"))
    check(error_code(m) == -32601, what + ": the server still answers", m)

cut = b'{"jsonrpc": "2.0", "id": 1, "met'
s.raw(b"Content-Length: %d\r\n\r\n" % len(cut) + cut)
m = s.recv()
check(error_code(m) == -32700 and m["id"] is None, "bad JSON: parse error, id null", m)
still_alive("bad JSON")

for body, what in ((b'[{"jsonrpc": "2.0", "id": 2, "method": "shutdown"}]', "a batch"),
                   (b'42', "a number"), (b'{"id": 3, "method": "shutdown"}', "no jsonrpc member"),
                   (b'{"jsonrpc": "1.0", "id": 4, "method": "x"}', "jsonrpc 1.0"),
                   (b'{"jsonrpc": "2.0", "id": {"a": 1}, "method": "x"}', "an object as id"),
                   (b'{"jsonrpc": "2.0", "id": 5}', "neither method nor result")):
    s.raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    m = s.recv()
    check(error_code(m) == -32600, what + ": invalid request", m)
    if what == "no jsonrpc member":
        check(m["id"] == 3, what + ": the error keeps the id", m)
still_alive("invalid requests")

m = s.response(s.request("workspace/symbol", {"query": "x"}, id="str-id"))
check(error_code(m) == -32601 and m["id"] == "str-id", "unknown method: method not found, string id kept", m)
s.notify("ownck/unknownNotification", {})
m = s.response(s.request("ownck/ping", id=77))
check(m and m["id"] == 77 and not [x for x in s.seen if "id" in x], "unknown notification: no answer", s.seen)
m = s.response(s.request("textDocument/didOpen", {"textDocument": {}}, id=78))
check(error_code(m) == -32601, "a notification method sent as a request: method not found", m)
s.send({"jsonrpc": "2.0", "id": 80, "method": "ownck/ping", "params": 5})
m = s.response(80)
check(error_code(m) == -32602, "params that are not an object: invalid params", m)

# Content-Length too short: the cut body is a parse error; the rest of it
# precedes the next header as garbage, and the next message still works.
good = json.dumps({"jsonrpc": "2.0", "id": 90, "method": "ownck/ping"}).encode()
bad = json.dumps({"jsonrpc": "2.0", "id": 89, "method": "ownck/ping"}).encode()
s.raw(b"Content-Length: %d\r\n\r\n" % (len(bad) - 6) + bad + b"Content-Length: %d\r\n\r\n" % len(good) + good)
m = s.recv()
check(error_code(m) == -32700, "Content-Length too short: parse error", m)
m = s.response(90)
check(error_code(m) == -32601, "Content-Length too short: the next message is still read", m)

# Content-Length too long: it swallows the start of the next message (parse
# error); the stream recovers at the following header.
one = json.dumps({"jsonrpc": "2.0", "id": 91, "method": "ownck/ping"}).encode()
two = json.dumps({"jsonrpc": "2.0", "id": 92, "method": "ownck/ping"}).encode()
three = json.dumps({"jsonrpc": "2.0", "id": 93, "method": "ownck/ping"}).encode()
s.raw(b"Content-Length: %d\r\n\r\n" % (len(one) + 30) + one + b"Content-Length: %d\r\n\r\n" % len(two) + two +
      b"Content-Length: %d\r\n\r\n" % len(three) + three)
m = s.recv()
check(error_code(m) == -32700, "Content-Length too long: parse error", m)
m = s.response(93)
check(error_code(m) == -32601, "Content-Length too long: the stream recovers", m)

s.raw(b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n")
m = s.recv()
check(error_code(m) == -32700 and "missing Content-Length" in m["error"]["message"], "no Content-Length: parse error", m)
s.raw(b"Content-Length: twelve\r\n\r\n")
m = s.recv()
check(error_code(m) == -32700 and "invalid Content-Length" in m["error"]["message"], "a non-numeric Content-Length", m)
s.raw(b"Content-Length: -5\r\n\r\n")
m = s.recv()
check(error_code(m) == -32700, "a negative Content-Length", m)
s.raw(b"X-Junk: " + b"x" * 100000 + b"\r\n")
still_alive("a 100 kB header line")

big = 65 * 1024 * 1024
s.raw(b"Content-Length: %d\r\n\r\n" % big)
chunk = b" " * (1 << 20)
for _ in range(65):
    s.raw(chunk)
m = s.recv()
check(error_code(m) == -32600 and "too large" in m["error"]["message"], "a 65 MiB message: rejected, not read into memory", m)
still_alive("a 65 MiB message")
s.raw(b"Content-Length: 99999999999999999999999\r\n\r\n")
m = s.recv()
check(error_code(m) == -32700, "an absurd Content-Length", m)
still_alive("an absurd Content-Length")

s.notify("textDocument/didOpen", {"textDocument": {"uri": uri("buggy.c")}})
m = s.recv()
check(m and m.get("method") == "window/logMessage" and m["params"]["type"] == 1, "didOpen without text: logged, ignored", m)
s.notify("textDocument/didChange", {"textDocument": {"uri": uri("never-opened.c"), "version": 2}, "contentChanges": [{"text": ""}]})
m = s.recv()
check(m and m.get("method") == "window/logMessage", "didChange of a document never opened: logged, ignored", m)
s.notify("textDocument/didChange", "nonsense")
m = s.recv()
check(m and m.get("method") == "window/logMessage", "didChange with params not an object: logged", m)
still_alive("bad notifications")
s.response(s.request("shutdown")); s.notify("exit", None)
check(s.finish() == 0, "after all that, a clean exit")

# --- diagnostics: open, change, close ------------------------------------------
s = Server()
s.initialize()
u = uri("buggy.c")
s.notify("textDocument/didOpen", {"textDocument": {"uri": u, "languageId": "c", "version": 1, "text": BUGGY}})
m = s.publish(u)
ds = m and m["params"]["diagnostics"]
check(m and m["params"].get("version") == 1 and len(ds) == 1, "didOpen: one diagnostic, for version 1", m)
d = ds[0]
check(d["range"]["start"] == {"line": BUG, "character": 4} and d["severity"] == 1 and d["code"] == "use-after-move"
      and d["source"] == "ownck" and d["codeDescription"]["href"].endswith("/docs/rules/use-after-move.md"),
      "the diagnostic: range, severity, code, source, href", d)
rel = d.get("relatedInformation", [])
check(len(rel) == 1 and rel[0]["location"]["uri"] == u and "moved here" in rel[0]["message"], "the note as relatedInformation", rel)

# an incremental change (a range), though the server asked for full text
line = LINES[BUG]
s.notify("textDocument/didChange", {"textDocument": {"uri": u, "version": 2}, "contentChanges": [
    {"range": {"start": {"line": BUG, "character": 4}, "end": {"line": BUG, "character": len(line)}}, "text": "buf = NULL;"}]})
m = s.publish(u)
check(m and m["params"]["version"] == 2 and m["params"]["diagnostics"] == [], "an incremental fix: no diagnostics", m)
s.notify("textDocument/didChange", {"textDocument": {"uri": u, "version": 3}, "contentChanges": [{"text": BUGGY}]})
m = s.publish(u)
check(m and m["params"]["version"] == 3 and len(m["params"]["diagnostics"]) == 1, "a full change back: the diagnostic again", m)
s.notify("textDocument/didSave", {"textDocument": {"uri": u}})
m = s.publish(u)
check(m and len(m["params"]["diagnostics"]) == 1, "didSave: analyzed again", m)
s.notify("textDocument/didClose", {"textDocument": {"uri": u}})
m = s.publish(u)
check(m and m["params"]["diagnostics"] == [], "didClose: diagnostics cleared", m)

# UTF-16 columns: a line with 'é' (2 bytes, 1 unit) and an emoji (4 bytes, 2 units)
wide = BUGGY.replace("    buf[0] = 'x';               /* BUG */", "    /* é😀 */ buf[0] = 'x';  /* BUG */")
u2 = uri("wide.c")
s.notify("textDocument/didOpen", {"textDocument": {"uri": u2, "languageId": "c", "version": 1, "text": wide}})
m = s.publish(u2)
ds = m and m["params"]["diagnostics"]
check(ds and ds[0]["range"]["start"] == {"line": BUG, "character": 4 + len("/* é😀 */ ".encode("utf-16-le")) // 2},
      "columns in UTF-16 code units", ds)

# a file that does not compile: clang's error as the diagnostic
u3 = uri("broken.c")
s.notify("textDocument/didOpen", {"textDocument": {"uri": u3, "languageId": "c", "version": 1,
                                                   "text": "int f(void)\n{\n    return nope;\n}\n"}})
m = s.publish(u3)
ds = m and m["params"]["diagnostics"]
check(ds and ds[0]["code"] == "clang" and ds[0]["range"]["start"]["line"] == 2 and "nope" in ds[0]["message"],
      "a file that does not compile: clang's error at its line", ds)

# a buffer never saved: no file on disk, its #include "queue.h" found beside
# it, and __FILE__ is the document's own path (libclang's unsaved files)
path4 = os.path.join(DIR, "never_saved.c")
check(not os.path.exists(path4), "never_saved.c is not on disk")
text4 = BUGGY + "_Static_assert(sizeof(__FILE__) == %d, \"__FILE__ is the document\");\n" % (len(path4.encode()) + 1)
u4 = uri("never_saved.c")
s.notify("textDocument/didOpen", {"textDocument": {"uri": u4, "languageId": "c", "version": 1, "text": text4}})
m = s.publish(u4)
ds = m and m["params"]["diagnostics"]
check(ds and len(ds) == 1 and ds[0]["code"] == "use-after-move" and ds[0]["range"]["start"]["line"] == BUG,
      "an unsaved buffer with no file on disk: analyzed, includes resolved, __FILE__ its path", ds)
check(not os.path.exists(path4), "... and nothing written beside it")

# a header on disk that is not UTF-8 (it includes "gone\xff.h"): clang quotes
# the name in its message, and the message is still valid UTF-8 JSON (recv
# would raise), the stray byte as U+FFFD
with open(os.path.join(DIR, "latin1.h"), "wb") as h:
    h.write(b'#include "gone\xff.h"\n')
u5 = uri("uses_latin1.c")
s.notify("textDocument/didOpen", {"textDocument": {"uri": u5, "languageId": "c", "version": 1,
                                                   "text": '#include "latin1.h"\nint f(void) { return 0; }\n'}})
m = s.publish(u5)
ds = m and m["params"]["diagnostics"]
# clang 14 quotes the stray byte as it is (U+FFFD once decoded); 15 and later write it as <FF>
check(ds and ds[0]["code"] == "clang" and ("gone\ufffd.h" in ds[0]["message"] or "gone<FF>.h" in ds[0]["message"]),
      "clang quoting bytes that are not UTF-8: the message is valid UTF-8, U+FFFD (clang 15 and later: <FF>) for the stray byte", ds)
s.response(s.request("shutdown")); s.notify("exit", None)
check(s.finish() == 0, "clean exit after analyses")

# --- the reader does not wait for analyses; stale ones are dropped -----------
gate = os.path.join(DIR, "gate")
s = Server({"OWNCK_LSP_TEST_GATE": gate})
r = s.initialize({"general": {"positionEncodings": ["utf-8"]}})
u = uri("buggy.c")
s.notify("textDocument/didOpen", {"textDocument": {"uri": u, "languageId": "c", "version": 1, "text": BUGGY}})
m = s.response(s.request("ownck/ping"))
check(error_code(m) == -32601, "while an analysis is held, requests are answered", m)
s.notify("textDocument/didChange", {"textDocument": {"uri": u, "version": 2}, "contentChanges": [{"text": FIXED}]})
moved = BUGGY.replace("    buf[0] = 'x';               /* BUG */", "    (void)0;\n    (void)0;\n    buf[0] = 'x';")
s.notify("textDocument/didChange", {"textDocument": {"uri": u, "version": 3}, "contentChanges": [{"text": moved}]})
m = s.response(s.request("ownck/ping"))
check(error_code(m) == -32601 and not [x for x in s.seen if x.get("method") == "textDocument/publishDiagnostics"],
      "no diagnostics while held", s.seen)
open(gate, "w").close()
m = s.publish(u)
check(m and m["params"]["version"] == 3, "the first diagnostics published are for the newest version (3)", m)
ds = m and m["params"]["diagnostics"]
check(ds and len(ds) == 1 and ds[0]["range"]["start"]["line"] == BUG + 2, "... at the newest text's line", ds)
s.response(s.request("shutdown")); s.notify("exit", None)
check(s.finish() == 0, "clean exit with the gate")
os.remove(gate)

# exit while an analysis is held: the server still ends, cleanly
s = Server({"OWNCK_LSP_TEST_GATE": gate})
s.initialize()
s.notify("textDocument/didOpen", {"textDocument": {"uri": u, "languageId": "c", "version": 1, "text": BUGGY}})
s.response(s.request("shutdown")); s.notify("exit", None)
check(s.finish() == 0, "exit while an analysis waits: status 0, no hang")

sys.exit(1 if failures else 0)
