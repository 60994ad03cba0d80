#!/usr/bin/env python3
"""The SEND Reform platform benchmarks (issue 9), run by deploy/bench/run against a platform it started.

Python 3 standard library only. Every figure is measured side by side with its raw baseline in the same run:
  1. ingest through the gateway (JSON and CSV; 1,000 / 10,000 / 50,000 values a batch) vs psql COPY of the same rows
  2. the change feed through the gateway (JSON and CSV, following the cursor) vs COPY (SELECT ...) TO STDOUT
  3. a small authenticated GET through the gateway vs straight to metrics-service (wrk)
  4. event latency: submission committed -> risk signal visible in risk-service
  5. ingest cost per value at 10^4, 10^5 and 10^6 values stored
  6. peak RSS (VmHWM) of each service and the gateway
Settings come from the environment (deploy/bench/run sets them); results go to stdout and to BENCH_RESULTS.
"""
import http.client
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request

E = os.environ
GATEWAY_PORT = int(E["BENCH_GATEWAY_PORT"])
SERVICE_PORTS = {
    "milestones-service": int(E["BENCH_MILESTONES_PORT"]),
    "metrics-service": int(E["BENCH_METRICS_PORT"]),
    "risk-service": int(E["BENCH_RISK_PORT"]),
    "governance-service": int(E["BENCH_GOVERNANCE_PORT"]),
    "gateway": GATEWAY_PORT,
}
TOKEN_URL = E["BENCH_KEYCLOAK_URL"] + "/realms/send-reform/protocol/openid-connect/token"
PSQL = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", E.get("BENCH_PG_HOST", "127.0.0.1"), "-p",
        E.get("BENCH_PG_PORT", "5432"), "-U", E.get("BENCH_PG_USER", "postgres"), "-d", E["BENCH_PG_DATABASE"]]
MEASURES = {kv.split("=")[0]: int(kv.split("=")[1]) for kv in E["BENCH_MEASURE_IDS"].split()}  # BENCH-01=123 ...
SETTINGS = int(E["BENCH_SETTINGS"])
MONTHS = int(E["BENCH_MONTHS"])
INGEST_TOTAL = int(E.get("BENCH_INGEST_TOTAL", "1000000"))  # values in the measured ingest matrix
FEED_REPS = int(E.get("BENCH_FEED_REPS", "3"))
WRK_SECONDS = int(E.get("BENCH_WRK_SECONDS", "10"))
WRK_REPS = int(E.get("BENCH_WRK_REPS", "3"))
# runs 1-8 warmed up 5 s and their rates still climbed from one repetition to the next (the JIT still compiling
# the request path), so the warm-up is long enough now for C2 to finish with both paths
WRK_WARMUP = int(E.get("BENCH_WRK_WARMUP", "30"))
WRK_THREADS = int(E.get("BENCH_WRK_THREADS", "2"))
WRK_CONNECTIONS = int(E.get("BENCH_WRK_CONNECTIONS", "16"))
EVENT_RUNS = int(E.get("BENCH_EVENT_RUNS", "200"))
GROWTH_SIZES = [int(x) for x in E.get("BENCH_GROWTH_SIZES", "10000 100000 1000000").split()]
EVENT_WARMUP = 5
# a run of only some sections, to work on one (the report then lacks the others; deploy/bench/median.py wants all)
SECTIONS = set(E.get("BENCH_SECTIONS", "ingest feed gateway events").split())
# the ingest warm-up ends when the JIT has compiled the submission path (see warm_up_jit), at most this many rounds
JIT_WARMUP_ROUNDS = int(E.get("BENCH_JIT_WARMUP_ROUNDS", "120"))
EVENT_MEASURE, EVENT_PERIOD, EVENT_RISK = "EHCP-20WK", "FY2026-27", "R-07"  # R-07 is linked to EHCP-20WK in the seed
# R-08 sits with its workspace (commissioning-workforce) and is not in a mandatory-escalation category, so a
# programme manager may move it to the RDG and back (docs/risks.md)
ESCALATION_RISK, ESCALATION_HOME, ESCALATION_RUNS = "R-08", "commissioning-workforce", int(E.get("BENCH_ESCALATION_RUNS", "200"))
RESULTS = E["BENCH_RESULTS"]
CLK = os.sysconf("SC_CLK_TCK")
ORG = "coventry-la-send"

out_lines = []
summary = {}  # the headline figures, written beside the report as JSON for deploy/bench/median.py


def say(msg):
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", flush=True)


def emit(line=""):
    """A line of the results: to stdout and to the results file."""
    print(line, flush=True)
    out_lines.append(line)


# ------------------------------------------------------------------------------------------ processes, tokens, HTTP
def pid_of_port(port):
    out = subprocess.run(["ss", "-ltnpH", f"sport = :{port}"], capture_output=True, text=True).stdout
    m = re.search(r"pid=(\d+)", out)
    if not m:
        sys.exit(f"no process listens on port {port}")
    return int(m.group(1))


def cpu_seconds(pid):
    """utime + stime of a process, from /proc/<pid>/stat (fields 14 and 15)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK


def thread_cpu(pid):
    """utime + stime of each thread of a process, summed by thread name with its numbering dropped
    ("executor-thread-3" and "-7" count together; Linux keeps 15 characters of a name)."""
    by_name = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/stat") as f:
                head, rest = f.read().rsplit(")", 1)
        except OSError:
            continue  # ended meanwhile
        name = re.sub(r"[-#]?\d+$", "", head.split("(", 1)[1]).strip()
        fields = rest.split()
        by_name[name] = by_name.get(name, 0) + (int(fields[11]) + int(fields[12])) / CLK
    return by_name


def vm_kb(pid, name):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(name + ":"):
                return int(line.split()[1])
    return 0


def own_cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


class Token:
    """A Keycloak token, fetched again before its 300 s lifetime runs out: client credentials for a demo client
    ("demo-..."), otherwise the password grant of a demo user (password "demo", as in the realm file)."""

    def __init__(self, client):
        self.client, self.value, self.at = client, None, 0.0

    def get(self):
        if self.value is None or time.time() - self.at > 200:
            if self.client.startswith("demo-"):
                grant = {"grant_type": "client_credentials", "client_id": self.client,
                         "client_secret": self.client + "-secret"}
            else:
                grant = {"grant_type": "password", "client_id": "send-reform-cli", "username": self.client,
                         "password": "demo"}
            form = urllib.parse.urlencode(grant).encode()
            with urllib.request.urlopen(urllib.request.Request(TOKEN_URL, data=form), timeout=30) as r:
                self.value = json.load(r)["access_token"]
            self.at = time.time()
        return self.value


class Http:
    """One keep-alive connection to a port on 127.0.0.1; reconnects once if the server closed it."""

    def __init__(self, port):
        self.port, self.conn = port, None

    def request(self, method, path, body=None, headers=None):
        for attempt in (1, 2):
            try:
                if self.conn is None:
                    self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=900)
                self.conn.request(method, path, body=body, headers=headers or {})
                r = self.conn.getresponse()
                data = r.read()
                return r.status, r, data
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.conn = None
                if attempt == 2:
                    raise


def q(values, p):
    """The p-th percentile (0..100) of values, nearest rank."""
    s = sorted(values)
    if not s:
        return float("nan")
    k = max(0, min(len(s) - 1, int(round(p / 100.0 * len(s) + 0.5)) - 1))
    return s[k]


def med(values):
    return statistics.median(values) if values else float("nan")


def fmt(n, digits=0):
    return f"{n:,.{digits}f}"


# ------------------------------------------------------------------------------------------ the benchmark's rows
class Keys:
    """Distinct value keys (measure x month x setting), handed out in order: every value stored is a new one."""

    def __init__(self):
        self.codes = sorted(MEASURES)
        self.months = [f"{2000 + i // 12}-{i % 12 + 1:02d}" for i in range(MONTHS)]
        self.capacity = len(self.codes) * MONTHS * SETTINGS
        self.next = 0

    def take(self, n):
        if self.next + n > self.capacity:
            sys.exit(f"out of benchmark keys ({self.capacity}); load more fixture measures")
        rows = []
        for k in range(self.next, self.next + n):
            m, r = divmod(k, MONTHS * SETTINGS)
            p, s = divmod(r, SETTINGS)
            code = self.codes[m]
            rows.append((code, MEASURES[code], self.months[p], f"setting-{s + 1:04d}", (k * 7919) % 1000))
        self.next += n
        return rows


def json_body(rows):
    return json.dumps({"values": [{"measureCode": c, "period": p, "disaggregation": d, "value": v}
                                  for c, _, p, d, v in rows]}, separators=(",", ":")).encode()


def csv_body(rows):
    return ("measureCode,period,disaggregation,value\n"
            + "".join(f"{c},{p},{d},{v}\n" for c, _, p, d, v in rows)).encode()


def copy_rows(rows):
    """The same rows as the service stores them (measure id, period, its first day, breakdown, value, org)."""
    return "".join(f"{mid},{p},{p}-01,{d},{v},{ORG}\n" for _, mid, p, d, v in rows).encode()


class Copier:
    """The raw baseline: one long-lived psql session; each batch is one COPY ... FROM STDIN, committed on its own."""

    SQL = (b"COPY bench_raw.measure_value (measure_id, period, period_start, disaggregation, value, org) "
           b"FROM STDIN (FORMAT csv);\n")

    def __init__(self):
        self.p = subprocess.Popen(PSQL, stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def copy(self, data):
        t = time.perf_counter()
        self.p.stdin.write(self.SQL + data + b"\\.\n\\echo __copied__\n")
        self.p.stdin.flush()
        while True:
            line = self.p.stdout.readline()
            if not line:
                sys.exit("psql (COPY baseline) ended")
            if line.strip() == b"__copied__":
                return time.perf_counter() - t

    def copy_indexed(self, values, changes):
        """The fairer baseline: value rows and change-log rows, COPYed in one transaction into indexed tables."""
        t = time.perf_counter()
        self.p.stdin.write(b"BEGIN;\n" + self.SQL.replace(b"bench_raw.measure_value", b"bench_raw.indexed_value") + values
                           + b"\\.\nCOPY bench_raw.indexed_change (measure_code, period, disaggregation, change, new_value, "
                           b"org, changed_by) FROM STDIN (FORMAT csv);\n" + changes + b"\\.\nCOMMIT;\n\\echo __copied__\n")
        self.p.stdin.flush()
        while True:
            line = self.p.stdout.readline()
            if not line:
                sys.exit("psql (COPY baseline) ended")
            if line.strip() == b"__copied__":
                return time.perf_counter() - t

    def close(self):
        self.p.stdin.close()
        self.p.wait()


def change_rows(rows):
    return "".join(f"{c},{p},{d}-i,CREATED,{v},{ORG},demo-la-send\n" for c, _, p, d, v in rows).encode()


def indexed_rows(rows):
    """Value rows for the indexed tables: the breakdown marked, so they never collide with rows synced from the bare table."""
    return "".join(f"{mid},{p},{p}-01,{d}-i,{v},{ORG}\n" for _, mid, p, d, v in rows).encode()


def psql_value(sql):
    return subprocess.run(PSQL + ["-At", "-c", sql], capture_output=True, text=True, check=True).stdout.strip()


# ------------------------------------------------------------------------------------------ 1 and 5: ingest
class Ingest:
    CYCLE = [("json", 1000, 10), ("csv", 1000, 10), ("json", 10000, 1), ("csv", 10000, 1), ("json", 50000, 1),
             ("csv", 50000, 1)]

    def __init__(self, gateway, keys, copier, pids):
        self.gw, self.keys, self.copier, self.pids = gateway, keys, copier, pids
        self.token = Token("demo-la-send")
        self.stored = int(psql_value("select count(*) from metrics.measure_value"))
        self.posted = 0
        self.flip = False
        self.samples = {}  # (format, size) -> list of per-batch dicts
        self.round = 0
        self.synced = 0  # the bare table's rows already copied into the indexed baseline tables
        self.retries = 0  # submissions answered 503 and sent again

    def post(self, kind, rows, dry_run=False):
        body = json_body(rows) if kind == "json" else csv_body(rows)
        headers = {"Authorization": "Bearer " + self.token.get(),
                   "Content-Type": "application/json" if kind == "json" else "text/csv"}
        # as the API guide asks of a partner: a key on every submission, and a 503 retried after its Retry-After
        # with the same key (the shared machine's disk can stall a statement past the services' 10 s socket
        # timeout); the time of a batch includes its retries, and the report counts them
        headers["Idempotency-Key"] = f"bench-{os.getpid()}-{self.posted}-{time.time_ns()}"
        path = "/api/v1/submissions" + ("?dryRun=true" if dry_run else "")
        c0, g0 = cpu_seconds(self.pids["metrics-service"]), cpu_seconds(self.pids["gateway"])
        t = time.perf_counter()
        for _ in range(10):
            status, response, data = self.gw.request("POST", path, body, headers)
            if status != 503:
                break
            self.retries += 1
            say(f"submission told to retry (503), retry {self.retries} of the run")
            time.sleep(float(response.getheader("Retry-After") or 2))
        secs = time.perf_counter() - t
        c1, g1 = cpu_seconds(self.pids["metrics-service"]), cpu_seconds(self.pids["gateway"])
        want = 200 if dry_run else 201
        if status != want:
            sys.exit(f"submission answered {status}: {data[:600]!r}")
        summary = json.loads(data)
        if not dry_run and summary.get("imported") != len(rows):
            sys.exit(f"submission imported {summary.get('imported')} of {len(rows)}: {data[:600]!r}")
        if not dry_run:
            self.stored += len(rows)
            self.posted += len(rows)
        return secs, c1 - c0, g1 - g0, len(body)

    def batch(self, kind, size, record=True, dry_run=False):
        """One batch through the gateway and the same rows by COPY, in alternating order (A/B, B/A)."""
        rows = self.keys.take(size) if not dry_run else self.keys_preview(size)
        raw = copy_rows(rows)
        self.flip = not self.flip
        if dry_run:
            self.post(kind, rows, dry_run=True)
            return None
        if self.flip:
            api = self.post(kind, rows)
            copy = self.copier.copy(raw)
        else:
            copy = self.copier.copy(raw)
            api = self.post(kind, rows)
        s = {"values": size, "api_s": api[0], "cpu_s": api[1], "gw_cpu_s": api[2], "bytes": api[3], "copy_s": copy}
        if record:
            self.samples.setdefault((kind, size), []).append(s)
        return s

    def keys_preview(self, n):
        """Rows for a dry run: the next keys without using them up."""
        saved = self.keys.next
        rows = self.keys.take(n)
        self.keys.next = saved
        return rows

    def unit(self, kind, size, count, record=True):
        return [self.batch(kind, size, record) for _ in range(count)]

    def next_units(self):
        """The matrix, interleaved: each round runs every (format, size) once, starting one later than the last."""
        while True:
            r = self.round
            self.round += 1
            for i in range(len(self.CYCLE)):
                yield self.CYCLE[(i + r) % len(self.CYCLE)]

    def fill_to(self, target, units):
        """Runs matrix units until `target` values are stored; near the target, 1,000-value batches close the gap."""
        while self.stored < target:
            kind, size, count = next(units)
            if self.stored + size * count <= target:
                self.unit(kind, size, count)
            else:
                while self.stored < target:
                    self.batch("json" if self.flip else "csv", 1000)

    def probe(self):
        """Cost per value at the current table size: 2 JSON and 2 CSV batches of 10,000, interleaved."""
        at = int(psql_value("select count(*) from metrics.measure_value"))
        # untimed: bring the indexed baseline tables to the same size as the service's (from the bare table's rows)
        psql_value("insert into bench_raw.indexed_value (measure_id, period, period_start, disaggregation, value, org) "
                   "select measure_id, period, period_start, disaggregation, value, org from bench_raw.measure_value "
                   f"where id > {self.synced}; "
                   "insert into bench_raw.indexed_change (measure_code, period, disaggregation, change, new_value, org, "
                   "changed_by) select m.code, v.period, v.disaggregation, 'CREATED', v.value, v.org, 'demo-la-send' "
                   f"from bench_raw.measure_value v join metrics.measure m on m.id = v.measure_id where v.id > {self.synced}; "
                   "analyze bench_raw.indexed_value; analyze bench_raw.indexed_change")
        self.synced = int(psql_value("select coalesce(max(id), 0) from bench_raw.measure_value"))
        per_value, copy_per_value, indexed_per_value = [], [], []
        for kind in ("json", "csv", "csv", "json"):
            s = self.batch(kind, 10000, record=False)
            per_value.append(s["api_s"] / s["values"] * 1e6)
            copy_per_value.append(s["copy_s"] / s["values"] * 1e6)
            rows = self.keys.take(10000)  # new keys for the indexed tables, the same shape as the batch's
            indexed_per_value.append(self.copier.copy_indexed(indexed_rows(rows), change_rows(rows)) / 1e4 * 1e6)
            self.keys.next -= 10000  # the API has not stored these: hand them out again
        return at, per_value, copy_per_value, indexed_per_value


def compiler_cpu(threads):
    return sum(v for k, v in threads.items() if "CompilerThre" in k)


def warm_up_jit(ingest):
    """Small submissions until the JIT has compiled the submission path: C2 compiles a method after some
    thousands of calls, and a path called once per submission gets there only after thousands of submissions
    (run 20: with 10 warm-up batches the compiler threads still took half of metrics-service's CPU in small
    submissions after 1,500 of them). Rounds of 50 one-value submissions, JSON and CSV alternately, until the
    compiler threads take under 10% of the process's CPU in a round. One value each, so that the warm-up adds few
    values before the first growth probe (10^4 stored)."""
    pid = ingest.pids["metrics-service"]
    for r in range(1, JIT_WARMUP_ROUNDS + 1):
        c0, t0 = cpu_seconds(pid), thread_cpu(pid)
        for i in range(50):
            ingest.post("json" if i % 2 else "csv", ingest.keys.take(1))
        cpu, compiled = cpu_seconds(pid) - c0, compiler_cpu(thread_cpu(pid)) - compiler_cpu(t0)
        if cpu > 0 and compiled / cpu < 0.10:
            break
    summary["jit_warmup_rounds"] = r
    say(f"ingest: JIT warm-up took {r} rounds ({r * 50:,} one-value submissions); compiler threads "
        f"{compiled / cpu * 100 if cpu else 0:.0f}% of metrics-service's CPU in the last")
    return r, compiled / cpu * 100 if cpu else 0


def run_ingest(ingest):
    units = ingest.next_units()
    say("ingest: warm-up (discarded): 4 dry runs of 10,000, 10 batches of 1,000 stored, then small submissions until "
        "the JIT is done")
    for kind in ("json", "csv", "json", "csv"):
        ingest.batch(kind, 10000, record=False, dry_run=True)
    for i in range(10):
        ingest.batch("json" if i % 2 else "csv", 1000, record=False)
    ingest.warm_up = warm_up_jit(ingest)
    ingest.compiler_t0 = compiler_cpu(thread_cpu(ingest.pids["metrics-service"]))
    ingest.cpu_t0 = cpu_seconds(ingest.pids["metrics-service"])
    growth = []
    for target in GROWTH_SIZES:
        ingest.fill_to(target, units)
        say(f"ingest: growth probe at {ingest.stored:,} stored")
        growth.append(ingest.probe())
    while sum(s["values"] for v in ingest.samples.values() for s in v) < INGEST_TOTAL:
        kind, size, count = next(units)
        ingest.unit(kind, size, count)
    return growth


def report_ingest(ingest, growth, cpu_client):
    emit("## 1. Ingest: POST /api/v1/submissions through the gateway vs COPY of the same rows")
    emit()
    emit("Each batch is sent through the gateway and the same rows are COPYed (one psql session, one COPY and "
         "commit per batch) into a bare table of the same shape, in alternating order. Warm-up discarded. "
         "Rates are values per second of wall time per batch; 'median' is over the batches of that kind.")
    emit()
    emit("| format | batch | batches | values | API values/s (median) | COPY values/s (median) | ratio API/COPY (median) "
         "| API values/s (all) | COPY values/s (all) | metrics CPU-s | values per metrics CPU-s | gateway CPU-s |")
    emit("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    tot = {"values": 0, "api_s": 0.0, "copy_s": 0.0, "cpu_s": 0.0, "gw_cpu_s": 0.0}
    for kind in ("json", "csv"):
        for size in (1000, 10000, 50000):
            ss = ingest.samples.get((kind, size), [])
            if not ss:
                continue
            v = sum(s["values"] for s in ss)
            a = sum(s["api_s"] for s in ss)
            c = sum(s["copy_s"] for s in ss)
            cpu = sum(s["cpu_s"] for s in ss)
            g = sum(s["gw_cpu_s"] for s in ss)
            for k, x in (("values", v), ("api_s", a), ("copy_s", c), ("cpu_s", cpu), ("gw_cpu_s", g)):
                tot[k] += x
            emit(f"| {kind.upper()} | {size:,} | {len(ss)} | {v:,} | {fmt(med([s['values'] / s['api_s'] for s in ss]))} "
                 f"| {fmt(med([s['values'] / s['copy_s'] for s in ss]))} "
                 f"| {med([s['copy_s'] / s['api_s'] for s in ss]) * 100:.1f}% "
                 f"| {fmt(v / a)} | {fmt(v / c)} | {cpu:.1f} | {fmt(v / cpu) if cpu else '-'} | {g:.1f} |")
    emit(f"| **all** | | {sum(len(x) for x in ingest.samples.values())} | {tot['values']:,} | | | "
         f"| **{fmt(tot['values'] / tot['api_s'])}** | **{fmt(tot['values'] / tot['copy_s'])}** "
         f"| {tot['cpu_s']:.1f} | **{fmt(tot['values'] / tot['cpu_s'])}** | {tot['gw_cpu_s']:.1f} |")
    emit()
    emit(f"- Overall ratio API/COPY (all measured values, wall time): **{tot['copy_s'] / tot['api_s'] * 100:.1f}%** "
         f"(target >= 50%)")
    summary["ingest_ratio_pct"] = tot["copy_s"] / tot["api_s"] * 100
    summary["ingest_api_values_per_s"] = tot["values"] / tot["api_s"]
    summary["ingest_copy_values_per_s"] = tot["values"] / tot["copy_s"]
    summary["ingest_values_per_cpu_s"] = tot["values"] / tot["cpu_s"]
    for (kind, size), ss in ingest.samples.items():
        cpu = sum(x["cpu_s"] for x in ss)
        if cpu:
            summary[f"ingest_{kind}_{size}_values_per_cpu_s"] = sum(x["values"] for x in ss) / cpu
    emit(f"- Values per CPU-second of the metrics-service process (utime+stime): "
         f"**{fmt(tot['values'] / tot['cpu_s'])}** (target >= 25,000; stretch 100,000)")
    rounds, share = ingest.warm_up
    compiled = compiler_cpu(thread_cpu(ingest.pids["metrics-service"])) - ingest.compiler_t0
    process = cpu_seconds(ingest.pids["metrics-service"]) - ingest.cpu_t0
    summary["ingest_compiler_cpu_pct"] = compiled / process * 100 if process else 0
    emit(f"- Warm-up, discarded: 4 dry runs of 10,000, 10 batches of 1,000, then {rounds} rounds of 50 one-value "
         f"submissions, until the JIT compiler threads took under 10% of metrics-service's CPU "
         f"in a round ({share:.0f}% in the last). During the measured ingest (matrix, fills and probes) they took "
         f"{compiled:.1f} s of its {process:.1f} CPU-s ({compiled / process * 100 if process else 0:.1f}%), counted in "
         f"the figures above")
    emit(f"- Values posted through the gateway in all (matrix + warm-up + growth probes): {ingest.posted:,}; "
         f"stored at the end: {ingest.stored:,}")
    emit(f"- Submissions answered 503 (told to retry) and sent again with their Idempotency-Key: {ingest.retries}")
    summary["ingest_retries"] = ingest.retries
    emit(f"- The harness's own CPU during ingest (building bodies, COPY data, HTTP): {cpu_client:.1f} s")
    emit()
    emit("## 5. Cost growth: ingest time per value at 10^4, 10^5 and 10^6 values stored")
    emit()
    emit("At each size: 2 JSON and 2 CSV batches of 10,000 new values, each beside a COPY of the same rows into "
         "the bare table, and beside the fairer baseline: the value rows and their change-log rows COPYed in one "
         "transaction into tables with the service's keys and indexes (bench_raw.indexed_value/indexed_change, "
         "filled, untimed, to the same number of rows as the service's tables before each size).")
    emit()
    emit("| values stored | API us/value (median of 4) | API us/value (each) | bare COPY us/value (median) "
         "| indexed COPY value+change us/value (median) | API / indexed COPY rate |")
    emit("|---:|---:|---|---:|---:|---:|")
    for at, pv, cv, iv in growth:
        emit(f"| {at:,} | {med(pv):.1f} | {', '.join(f'{x:.1f}' for x in pv)} | {med(cv):.1f} | {med(iv):.1f} "
             f"| {med(iv) / med(pv) * 100:.1f}% |")
    if len(growth) >= 2:
        emit()
        summary["growth_last_over_first"] = med(growth[-1][1]) / med(growth[0][1])
        emit(f"- Growth from the first to the last size: API x{med(growth[-1][1]) / med(growth[0][1]):.2f}, "
             f"COPY x{med(growth[-1][2]) / med(growth[0][2]):.2f} (flat would be about x1.0)")
    emit()


# ------------------------------------------------------------------------------------------ 2: the feed
FEED_PAGE = int(E.get("BENCH_FEED_PAGE", "100000"))  # the feed's largest page: fewer round trips through the gateway


def read_feed(gw, token, csv):
    """Follows nextCursor from the start to the end of the feed; returns (rows, seconds, bytes, pages)."""
    since, rows, size, pages = "", 0, 0, 0
    accept = "text/csv" if csv else "application/json"
    t = time.perf_counter()
    while True:
        path = f"/api/v1/feeds/values?limit={FEED_PAGE}" + ("&since=" + urllib.parse.quote(since) if since else "")
        status, r, data = gw.request("GET", path, None, {"Authorization": "Bearer " + token.get(), "Accept": accept})
        if status != 200:
            sys.exit(f"feed answered {status}: {data[:300]!r}")
        pages += 1
        size += len(data)
        if csv:
            n = data.count(b"\n") - 1  # no comments with line breaks in this data set
        else:
            n = data.count(b'"measureCode"')
        rows += n
        nxt = r.getheader("X-Next-Cursor")
        if n < FEED_PAGE or nxt == since or (not csv and data.rfind(b'"more":false') >= 0):
            break
        since = nxt
    return rows, time.perf_counter() - t, size, pages


FEED_COLUMNS = ("id, measure_code, period, disaggregation, change, new_value, old_value, numerator, denominator, "
                "comment, org, changed_by, changed_at, submission_id")


def copy_feed():
    """The raw baseline: the same rows, in the same order, by COPY (SELECT ...) TO STDOUT, read by this process."""
    sql = f"COPY (SELECT {FEED_COLUMNS} FROM metrics.value_change ORDER BY id) TO STDOUT (FORMAT csv)"
    t = time.perf_counter()
    p = subprocess.Popen(PSQL + ["-c", sql], stdout=subprocess.PIPE)
    rows = size = 0
    while True:
        chunk = p.stdout.read(1 << 20)
        if not chunk:
            break
        rows += chunk.count(b"\n")
        size += len(chunk)
    p.wait()
    return rows, time.perf_counter() - t, size


def run_feed(gw, pids):
    token = Token("demo-icb-analytics")
    say("feed: warm-up (discarded): 2 pages of each format")
    for csv in (False, True):
        since = ""
        for _ in range(2):
            path = f"/api/v1/feeds/values?limit={FEED_PAGE}" + ("&since=" + urllib.parse.quote(since) if since else "")
            _, r, _ = gw.request("GET", path, None, {"Authorization": "Bearer " + token.get(),
                                                     "Accept": "text/csv" if csv else "application/json"})
            since = r.getheader("X-Next-Cursor")
    copy_feed()
    reps = {"copy": [], "json": [], "csv": []}
    orders = [("copy", "json", "csv"), ("json", "csv", "copy"), ("csv", "copy", "json")]
    for i in range(FEED_REPS):
        for what in orders[i % 3]:
            c0, m0, g0 = own_cpu(), cpu_seconds(pids["metrics-service"]), cpu_seconds(pids["gateway"])
            if what == "copy":
                rows, secs, size = copy_feed()
                pages = 1
            else:
                rows, secs, size, pages = read_feed(gw, token, what == "csv")
            reps[what].append({"rows": rows, "secs": secs, "bytes": size, "pages": pages, "client_cpu": own_cpu() - c0,
                               "metrics_cpu": cpu_seconds(pids["metrics-service"]) - m0,
                               "gateway_cpu": cpu_seconds(pids["gateway"]) - g0})
            say(f"feed: {what} rep {i + 1}: {rows:,} rows in {secs:.1f} s")
    emit(f"## 2. Feed: GET /api/v1/feeds/values through the gateway (limit={FEED_PAGE}, following the cursor) "
         "vs COPY (SELECT ...) TO STDOUT")
    emit()
    emit(f"{FEED_REPS} full reads of each, interleaved (order rotated); warm-up discarded.")
    emit()
    emit("| read | rows | pages | MB | seconds (each) | rows/s (median) | ratio to COPY (median of pairs) | harness CPU-s (median) "
         "| metrics-service CPU-s | gateway CPU-s |")
    emit("|---|---:|---:|---:|---|---:|---:|---:|---:|---:|")
    copy_rate = [x["rows"] / x["secs"] for x in reps["copy"]]
    for what in ("copy", "json", "csv"):
        xs = reps[what]
        rates = [x["rows"] / x["secs"] for x in xs]
        ratio = "" if what == "copy" else f"{med([r / c for r, c in zip(rates, copy_rate)]) * 100:.1f}%"
        if what != "copy":
            summary[f"feed_{what}_ratio_pct"] = med([r / c for r, c in zip(rates, copy_rate)]) * 100
        emit(f"| {what.upper() if what != 'copy' else 'COPY TO STDOUT (csv)'} | {xs[0]['rows']:,} | {xs[0]['pages']} "
             f"| {xs[0]['bytes'] / 1e6:.0f} | {', '.join('%.1f' % x['secs'] for x in xs)} | {fmt(med(rates))} | {ratio} "
             f"| {med([x['client_cpu'] for x in xs]):.1f} | {med([x['metrics_cpu'] for x in xs]):.1f} "
             f"| {med([x['gateway_cpu'] for x in xs]):.1f} |")
    emit()
    emit("The rest of the machine's two cores in a read went to PostgreSQL (not counted here) and the kernel's loopback.")
    emit()
    return reps


# ------------------------------------------------------------------------------------------ 3: gateway overhead
def to_ms(s):
    m = re.match(r"([\d.]+)(us|ms|s|m)", s)
    return float(m.group(1)) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[m.group(2)]


def wrk(url, token, seconds):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run(["wrk", f"-t{WRK_THREADS}", f"-c{WRK_CONNECTIONS}", f"-d{seconds}s", "--latency",
                          "-H", f"Authorization: Bearer {token}", url], capture_output=True, text=True).stdout
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    lat = dict(re.findall(r"^\s+(50|75|90|99)%\s+(\S+)", out, re.M))
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = re.search(r"Socket errors:.*", out)
    return {"rps": rps, "p50": to_ms(lat["50"]), "p99": to_ms(lat["99"]), "non2xx": int(bad.group(1)) if bad else 0,
            "socket_errors": errors.group(0) if errors else "",
            "wrk_cpu": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), "seconds": seconds}


# The gateway is measured in front of milestones-service, which runs on the full JIT: metrics-service runs on C1 alone
# in the bench (for its memory), and a slower service behind the gateway would make the gateway's share look smaller.
# Runs 1-20 used GET /api/v1/measures/EHCP-20WK on metrics-service (then on the full JIT).
GATEWAY_SERVICE, GATEWAY_PATH = "milestones-service", "/api/v1/milestones/M-CS-Q2-02"


def run_gateway(pids):
    token = Token("demo-icb-analytics").get()
    path = GATEWAY_PATH
    urls = {"direct": f"http://127.0.0.1:{SERVICE_PORTS[GATEWAY_SERVICE]}{path}",
            "gateway": f"http://127.0.0.1:{GATEWAY_PORT}{path}"}
    for name, url in urls.items():
        with urllib.request.urlopen(urllib.request.Request(url, headers={"Authorization": "Bearer " + token})) as r:
            if r.status != 200:
                sys.exit(f"{url} answered {r.status}")
    say(f"gateway: wrk warm-up {WRK_WARMUP} s each (discarded), then {WRK_REPS} x {WRK_SECONDS} s each, interleaved")
    for url in urls.values():
        wrk(url, token, WRK_WARMUP)
    res = {"direct": [], "gateway": []}
    for i in range(WRK_REPS):
        for name in (("direct", "gateway") if i % 2 == 0 else ("gateway", "direct")):
            c0, g0 = cpu_seconds(pids[GATEWAY_SERVICE]), cpu_seconds(pids["gateway"])
            w = wrk(urls[name], token, WRK_SECONDS)
            w["svc_cpu"] = cpu_seconds(pids[GATEWAY_SERVICE]) - c0
            w["gw_cpu"] = cpu_seconds(pids["gateway"]) - g0
            res[name].append(w)
            say(f"gateway: {name} rep {i + 1}: {w['rps']:,.0f} req/s p50 {w['p50']:.2f} ms p99 {w['p99']:.2f} ms")
    emit(f"## 3. Gateway overhead: wrk -t{WRK_THREADS} -c{WRK_CONNECTIONS} -d{WRK_SECONDS}s --latency, "
         f"GET {path} with a bearer token")
    emit()
    emit(f"{WRK_REPS} runs each, interleaved (direct/gateway, then gateway/direct); {WRK_WARMUP} s warm-up of each discarded. "
         f"Straight to {GATEWAY_SERVICE} vs through the gateway (both check the token).")
    emit()
    emit("| target | req/s (each) | req/s (median) | p50 ms (median) | p99 ms (median) | non-2xx | wrk CPU-s per run "
         "| service CPU-s per run | gateway CPU-s per run |")
    emit("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for name in ("direct", "gateway"):
        xs = res[name]
        emit(f"| {name} | {', '.join(fmt(x['rps']) for x in xs)} | {fmt(med([x['rps'] for x in xs]))} "
             f"| {med([x['p50'] for x in xs]):.2f} | {med([x['p99'] for x in xs]):.2f} | {sum(x['non2xx'] for x in xs)} "
             f"| {med([x['wrk_cpu'] for x in xs]):.1f} | {med([x['svc_cpu'] for x in xs]):.1f} "
             f"| {med([x['gw_cpu'] for x in xs]):.1f} |")
    d, g = res["direct"], res["gateway"]
    ratio = med([gg["rps"] / dd["rps"] for dd, gg in zip(d, g)])
    added50 = med([gg["p50"] - dd["p50"] for dd, gg in zip(d, g)])
    added99 = med([gg["p99"] - dd["p99"] for dd, gg in zip(d, g)])
    emit()
    emit(f"- Gateway/direct requests per second: **{ratio * 100:.1f}%** (target >= 80%)")
    summary["gateway_rps_ratio_pct"], summary["gateway_added_p50_ms"], summary["gateway_added_p99_ms"] = \
        ratio * 100, added50, added99
    summary["gateway_direct_rps"] = med([x["rps"] for x in d])
    emit(f"- Added latency through the gateway: p50 **{added50:+.2f} ms**, p99 **{added99:+.2f} ms** (target p99 <= 2 ms)")
    svc_ms = med([x["svc_cpu"] / (x["rps"] * x["seconds"]) * 1000 for x in d])
    gw_ms = med([x["gw_cpu"] / (x["rps"] * x["seconds"]) * 1000 for x in g])
    summary["gateway_cpu_ms_per_request"], summary["gateway_service_cpu_ms_per_request"] = gw_ms, svc_ms
    emit(f"- CPU per request: the gateway {gw_ms:.3f} ms, the service (direct) {svc_ms:.3f} ms")
    emit(f"- wrk's own CPU: {med([x['wrk_cpu'] / x['seconds'] for x in d + g]):.2f} CPU-s per second of load "
         f"(the machine has {os.cpu_count()} cores, shared by wrk, the gateway and the service)")
    emit()
    return res


# ------------------------------------------------------------------------------------------ 4: event latency
def run_events(pids):
    gw, risk = Http(GATEWAY_PORT), Http(SERVICE_PORTS["risk-service"])
    la, icb = Token("demo-la-send"), Token("demo-icb-analytics")

    def submit(value):
        body = json.dumps({"values": [{"measureCode": EVENT_MEASURE, "period": EVENT_PERIOD, "value": value}]}).encode()
        t = time.perf_counter()
        status, _, data = gw.request("POST", "/api/v1/submissions", body,
                                     {"Authorization": "Bearer " + la.get(), "Content-Type": "application/json"})
        if status != 201:
            sys.exit(f"event run: submission answered {status}: {data[:300]!r}")
        return time.perf_counter() - t

    def newest():
        status, _, data = risk.request("GET", f"/api/v1/risks/{EVENT_RISK}/signals", None,
                                       {"Authorization": "Bearer " + icb.get()})
        if status != 200:
            sys.exit(f"signals answered {status}: {data[:300]!r}")
        items = json.loads(data)
        return items[0] if items else None

    lat, commit, polls_per_run = [], [], []
    cpu0 = cpu_seconds(pids["metrics-service"])
    say(f"events: {EVENT_WARMUP} warm-up + {EVENT_RUNS} runs: {EVENT_MEASURE} {EVENT_PERIOD} on track (90), "
        f"then off track (10) -> a signal on {EVENT_RISK}")
    for i in range(EVENT_WARMUP + EVENT_RUNS):
        submit(90)  # on track: an improvement, no signal
        last = newest()
        last_id = last["id"] if last else 0
        commit_s = submit(10)  # off track: the response means the transaction has committed
        t0 = time.perf_counter()
        polls = 0
        while True:
            polls += 1
            s = newest()
            if s and s["id"] > last_id and s["newStatus"] == "OFF_TRACK" and s["subjectCode"] == EVENT_MEASURE:
                break
            if time.perf_counter() - t0 > 30:
                sys.exit("no risk signal within 30 s")
            time.sleep(0.005)
        if i >= EVENT_WARMUP:
            lat.append((time.perf_counter() - t0) * 1000)
            commit.append(commit_s * 1000)
            polls_per_run.append(polls)
    cpu_per_submission = (cpu_seconds(pids["metrics-service"]) - cpu0) / (2 * (EVENT_WARMUP + EVENT_RUNS)) * 1000
    emit("## 4. Event latency: submission committed -> risk signal visible in risk-service")
    emit()
    emit(f"{EVENT_RUNS} runs after {EVENT_WARMUP} warm-up runs, one at a time, nothing else running: each run submits "
         f"{EVENT_MEASURE} {EVENT_PERIOD} = 90 (on track), then = 10 (off track; the clock starts when its 201 arrives, "
         f"i.e. after the commit) and polls GET /api/v1/risks/{EVENT_RISK}/signals on risk-service every 5 ms until "
         "the new signal is there (metrics outbox -> Kafka -> risk-service inbox -> signal).")
    emit()
    emit("| hop | runs | p50 ms | p90 ms | p99 ms | max ms |")
    emit("|---|---:|---:|---:|---:|---:|")
    emit(f"| commit -> risk signal visible | {len(lat)} | {q(lat, 50):.0f} | {q(lat, 90):.0f} | {q(lat, 99):.0f} "
         f"| {max(lat):.0f} |")
    emit(f"| (the submission itself, 1 value, through the gateway) | {len(commit)} | {q(commit, 50):.1f} "
         f"| {q(commit, 90):.1f} | {q(commit, 99):.1f} | {max(commit):.1f} |")
    emit()
    emit(f"- Polls per run (median): {med(polls_per_run):.0f}; the 5 ms poll interval bounds the resolution.")
    emit(f"- metrics-service CPU per 1-value submission (over the {2 * (EVENT_WARMUP + EVENT_RUNS)} of this section, "
         f"including its outbox relay): {cpu_per_submission:.1f} ms")
    emit("- A signal proposes a review and never re-scores or escalates a risk, so no submission leads to an "
         "escalation by itself: escalating is a person's act, measured as its own hop below.")
    emit()
    summary["event_signal_p50_ms"], summary["event_signal_p99_ms"] = q(lat, 50), q(lat, 99)
    summary["one_value_submission_cpu_ms"] = cpu_per_submission
    return lat


def run_escalations():
    """Risk escalated in risk-service (a person's act, through the gateway) -> the escalation open before the RDG in
    governance-service (risk-service outbox -> Kafka -> governance inbox); then returned to its workspace -> the
    escalation withdrawn there. One cycle at a time, each hop's clock started by the 201 (after the commit)."""
    gw, gov = Http(GATEWAY_PORT), Http(SERVICE_PORTS["governance-service"])
    pm = Token("programme.manager")
    path = f"/api/v1/risks/{ESCALATION_RISK}"

    def auth(extra=None):
        return {"Authorization": "Bearer " + pm.get(), "Accept": "application/json", **(extra or {})}

    status, r, data = gw.request("GET", path, None, auth())
    if status != 200:
        sys.exit(f"escalations: GET {path} answered {status}: {data[:300]!r}")
    etag = r.getheader("ETag")

    def move(kind, body):
        nonlocal etag
        status, r, data = gw.request("POST", f"{path}/{kind}", json.dumps(body).encode(),
                                     auth({"Content-Type": "application/json", "If-Match": etag}))
        if status != 201:
            sys.exit(f"escalations: POST {path}/{kind} answered {status}: {data[:300]!r}")
        etag = r.getheader("ETag")

    def open_count():
        status, _, data = gov.request("GET", f"/api/v1/escalations?risk={ESCALATION_RISK}&status=OPEN&size=1", None,
                                      auth())
        if status != 200:
            sys.exit(f"escalations answered {status}: {data[:300]!r}")
        return json.loads(data)["total"]

    def until(expected):
        t0, polls = time.perf_counter(), 0
        while True:
            polls += 1
            if open_count() == expected:
                return (time.perf_counter() - t0) * 1000, polls
            if time.perf_counter() - t0 > 30:
                sys.exit(f"governance-service did not show {expected} open escalation(s) of {ESCALATION_RISK} within 30 s")
            time.sleep(0.005)

    if open_count() != 0:
        sys.exit(f"{ESCALATION_RISK} already has an open escalation; the benchmark expects the seeded state")
    up, down, polls = [], [], []
    say(f"escalations: {EVENT_WARMUP} warm-up + {ESCALATION_RUNS} cycles: {ESCALATION_RISK} to the RDG and back")
    for i in range(EVENT_WARMUP + ESCALATION_RUNS):
        move("escalations", {"rationale": f"benchmark cycle {i}: a decision outside the workspace is needed"})
        ms_up, n = until(1)
        move("de-escalations", {"toBody": ESCALATION_HOME, "rationale": f"benchmark cycle {i}: back with the workspace"})
        ms_down, _ = until(0)
        if i >= EVENT_WARMUP:
            up.append(ms_up)
            down.append(ms_down)
            polls.append(n)
    emit("## 4b. Event latency: risk escalated -> escalation visible in governance-service")
    emit()
    emit(f"{ESCALATION_RUNS} cycles after {EVENT_WARMUP} warm-up cycles, one at a time, nothing else running: a programme "
         f"manager escalates {ESCALATION_RISK} from {ESCALATION_HOME} to the RDG through the gateway (the clock starts "
         "when its 201 arrives, i.e. after the commit) and GET /api/v1/escalations?risk=...&status=OPEN on "
         "governance-service is polled every 5 ms until the escalation is there (risk outbox -> Kafka -> governance "
         "inbox); then the risk is returned to its workspace and the clock runs until the escalation is withdrawn.")
    emit()
    emit("| hop | runs | p50 ms | p90 ms | p99 ms | max ms |")
    emit("|---|---:|---:|---:|---:|---:|")
    emit(f"| risk escalated -> escalation open in governance-service | {len(up)} | {q(up, 50):.0f} | {q(up, 90):.0f} "
         f"| {q(up, 99):.0f} | {max(up):.0f} |")
    emit(f"| risk returned -> escalation withdrawn in governance-service | {len(down)} | {q(down, 50):.0f} "
         f"| {q(down, 90):.0f} | {q(down, 99):.0f} | {max(down):.0f} |")
    emit()
    emit(f"- Polls per escalation (median): {med(polls):.0f}.")
    emit()
    summary["event_escalation_p50_ms"], summary["event_escalation_p99_ms"] = q(up, 50), q(up, 99)


# ------------------------------------------------------------------------------------------ 6: memory
def report_memory(pids):
    emit("## 6. Memory: peak RSS (VmHWM) of each process over the whole run")
    emit()
    emit("| process | pid | peak RSS MB (VmHWM) | RSS now MB | target |")
    emit("|---|---:|---:|---:|---|")
    for name, pid in pids.items():
        hwm, rss = vm_kb(pid, "VmHWM") / 1024, vm_kb(pid, "VmRSS") / 1024
        emit(f"| {name} | {pid} | {hwm:.0f} | {rss:.0f} | {'met' if hwm <= 300 else 'missed'} (<= 300 MB) |")
        summary[f"peak_rss_mb_{name}"] = hwm
    emit()
    if "NativeMemoryTracking" in E.get("SEND_SERVICE_JAVA_OPTS", ""):
        report_native_memory(pids)


def report_native_memory(pids):
    """Where the RSS goes, from the JVM's native memory tracking (only when the services run with
    -XX:NativeMemoryTracking=summary): committed MB per category now, and the malloc and arena peaks where the JDK reports them."""
    table = {}
    for name, pid in pids.items():
        out = subprocess.run(["jcmd", str(pid), "VM.native_memory", "summary", "scale=KB"], capture_output=True,
                             text=True).stdout
        for m in re.finditer(r"^-\s+(.+?) \(reserved=\d+KB, committed=(\d+)KB[^)]*\)(.*?)(?=^-|\Z)", out, re.M | re.S):
            peaks = [int(k) for k in re.findall(r"(?:malloc|arena)=\d+KB[^\n]*?\(peak=(\d+)KB", m.group(3))]
            cell = f"{int(m.group(2)) / 1024:.0f}" + (f" (malloc+arena peak {sum(peaks) / 1024:.0f})" if peaks else "")
            table.setdefault(m.group(1).strip(), {})[name] = cell
    emit("### Native memory tracking: committed MB by category at the end of the run")
    emit()
    emit("| category | " + " | ".join(pids) + " |")
    emit("|---|" + "---:|" * len(pids))
    for category, cells in table.items():
        emit(f"| {category} | " + " | ".join(cells.get(n, "") for n in pids) + " |")
    emit()


def profile(pids, ingest):
    """After the figures (so it changes none of them): JFR of the gateway and metrics-service during one more wrk
    run through the gateway, four more 50,000-value submissions and one JSON and one CSV read of the feed; then of
    metrics-service alone during 400 one-value submissions. Files in BENCH_PROFILE_DIR (jfr print to read)."""
    where = E.get("BENCH_PROFILE_DIR", "/tmp")
    os.makedirs(where, exist_ok=True)
    for name in ("gateway", "metrics-service"):
        subprocess.run(["jcmd", str(pids[name]), "JFR.start", "name=bench", "settings=profile",
                        f"filename={where}/{name}.jfr"], capture_output=True, check=True)
    token = Token("demo-icb-analytics").get()
    ingest.copier = Copier()
    w = wrk(f"http://127.0.0.1:{GATEWAY_PORT}/api/v1/measures/{EVENT_MEASURE}", token, WRK_SECONDS)
    say(f"profile: wrk through the gateway {w['rps']:.0f} req/s")
    for kind in ("csv", "json", "csv", "json"):
        ingest.batch(kind, 50000, record=False)
    feed = Http(GATEWAY_PORT)
    reader = Token("demo-icb-analytics")
    for csv in (False, True):
        rows, secs, _, _ = read_feed(feed, reader, csv)
        say(f"profile: feed {'CSV' if csv else 'JSON'} {rows:,} rows in {secs:.1f} s")
    for name in ("gateway", "metrics-service"):
        subprocess.run(["jcmd", str(pids[name]), "JFR.stop", "name=bench"], capture_output=True, check=True)
    # the fixed cost of a submission, which caps small batches' values per CPU-second: one-value submissions, in a
    # recording of their own
    metrics = str(pids["metrics-service"])

    def one_value_submissions(n):
        c0, t0 = cpu_seconds(pids["metrics-service"]), thread_cpu(pids["metrics-service"])
        for i in range(n):
            ingest.post("json" if i % 2 else "csv", ingest.keys.take(1))
        t1 = thread_cpu(pids["metrics-service"])
        threads = sorted(((t1[k] - t0.get(k, 0)) / n * 1000, k) for k in t1)
        say("profile:   by thread, ms each: " + ", ".join(f"{k} {ms:.2f}" for ms, k in reversed(threads) if ms >= 0.05))
        return (cpu_seconds(pids["metrics-service"]) - c0) / n * 1000

    for _ in range(3):
        say(f"profile: 200 one-value submissions without JFR, {one_value_submissions(200):.1f} ms of metrics-service CPU each")
    subprocess.run(["jcmd", metrics, "JFR.start", "name=small", "settings=profile", f"filename={where}/metrics-service-small.jfr"],
                   capture_output=True, check=True)
    cost = one_value_submissions(400)
    subprocess.run(["jcmd", metrics, "JFR.stop", "name=small"], capture_output=True, check=True)
    say(f"profile: 400 one-value submissions under JFR, {cost:.1f} ms of metrics-service CPU each")
    say(f"profile: JFR recordings in {where}/gateway.jfr, {where}/metrics-service.jfr and {where}/metrics-service-small.jfr")


def main():
    started = time.time()
    pids = {name: pid_of_port(port) for name, port in SERVICE_PORTS.items()}
    emit(f"# SEND Reform platform benchmarks, {time.strftime('%Y-%m-%d %H:%M:%S %Z')}")
    emit()
    load_at_start = os.getloadavg()[0]
    emit(f"- Machine: {os.cpu_count()} cores ({E.get('BENCH_CPU_MODEL', '?')}), load average at start "
         f"{load_at_start:.2f}; shared: other work may have been running")
    emit(f"- JDK: {E.get('JAVA_HOME', '?')}; service JVM options: {E.get('SEND_SERVICE_JAVA_OPTS', '?')}; "
         f"metrics-service's own, after them: {E.get('SEND_METRICS_SERVICE_JAVA_OPTS') or '-'}; "
         f"milestones-service's own: {E.get('SEND_MILESTONES_SERVICE_JAVA_OPTS') or '-'}; "
         f"the gateway's own: {E.get('SEND_GATEWAY_JAVA_OPTS') or '-'}; "
         f"governance-service's own: {E.get('SEND_GOVERNANCE_SERVICE_JAVA_OPTS') or '-'}")
    emit(f"- Git: {E.get('BENCH_GIT', '?')}")
    emit(f"- Fixture: {len(MEASURES)} measures x {SETTINGS} settings x {MONTHS} months = "
         f"{len(MEASURES) * SETTINGS * MONTHS:,} distinct keys")
    emit()
    gateway = Http(GATEWAY_PORT)
    copier = Copier()
    ingest = Ingest(gateway, Keys(), copier, pids)
    if "ingest" in SECTIONS:
        c0, t0 = own_cpu(), time.time()
        growth = run_ingest(ingest)
        say(f"ingest done in {time.time() - t0:.0f} s")
        report_ingest(ingest, growth, own_cpu() - c0)
    copier.close()
    if "feed" in SECTIONS:
        run_feed(gateway, pids)
    if "gateway" in SECTIONS:
        run_gateway(pids)
    if "events" in SECTIONS:
        run_events(pids)
        try:
            run_escalations()
        except SystemExit as failed:  # the other sections' figures are kept; the report says what went wrong
            emit(f"## 4b. Event latency: risk escalated -> escalation visible in governance-service\n\n**Failed**: {failed}\n")
            say(f"escalations failed: {failed}")
    report_memory(pids)
    emit(f"Total benchmark time: {time.time() - started:.0f} s. The harness's own CPU: {own_cpu():.1f} s.")
    with open(RESULTS, "w") as f:
        f.write("\n".join(out_lines) + "\n")
    summary.update({"load_average_at_start": load_at_start, "git": E.get("BENCH_GIT", "?"),
                    "java_opts": E.get("SEND_SERVICE_JAVA_OPTS", "?") + " | metrics-service: "
                                 + E.get("SEND_METRICS_SERVICE_JAVA_OPTS", "") + " | milestones-service: "
                                 + E.get("SEND_MILESTONES_SERVICE_JAVA_OPTS", "") + " | gateway: "
                                 + E.get("SEND_GATEWAY_JAVA_OPTS", "") + " | governance-service: "
                                 + E.get("SEND_GOVERNANCE_SERVICE_JAVA_OPTS", "")})
    with open(re.sub(r"\.md$", ".json", RESULTS), "w") as f:
        json.dump(summary, f, indent=1, sort_keys=True)
    say(f"results written to {RESULTS}")
    if E.get("BENCH_PROFILE") == "1":
        profile(pids, ingest)


if __name__ == "__main__":
    main()
