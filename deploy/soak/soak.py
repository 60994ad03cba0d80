#!/usr/bin/env python3
"""The soak (docs/reliability.md, "Soak"): mixed load through the gateway for SOAK_MINUTES against a platform that
deploy/soak/run started. Clients in parallel, each a loop of weighted operations with real Keycloak tokens:

  submit       a partner system posts values (demo-la-send: the LA's placement measures, values that move)
  feed         the analytics client follows the value change feed (demo-icb-analytics)
  series       a measure's trajectory (rdg.member)
  risks        the register and a risk's signals (rdg.member)
  risk write   the programme manager records a risk review (If-Match; 412 when another client was first)
  milestones   the milestone list and one milestone (programme.manager)
  milestone write  the programme manager sets a milestone's forecast and confidence (merge patch, If-Match; 412 likewise)

Every answer is counted by minute and kind; anything but the expected status is an error (with a sample). Each
service's RSS (from $SEND_HOME/run/<service>.pid) is sampled every 10 s. Prints and writes a report: errors,
latency per minute (p50/p99 and their drift from the first minutes to the last), RSS at start and end.
"""
import json
import os
import random
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict

E = os.environ
GATEWAY = E["SOAK_GATEWAY"]
KEYCLOAK = E["SOAK_KEYCLOAK"]
HOME = E["SEND_HOME"]
MINUTES = float(E.get("SEND_SOAK_MINUTES", "30"))
CLIENTS = int(E.get("SOAK_CLIENTS", "6"))
OUT = E["SOAK_OUT"]
SERVICES = ["milestones-service", "metrics-service", "risk-service", "governance-service", "gateway"]
TOKEN_URL = f"{KEYCLOAK}/realms/send-reform/protocol/openid-connect/token"

# (measure, period): the LA's seed measures the demo-la-send client owns
SUBMIT_KEYS = [("EHCP-MAINSTREAM", "AY2025-26"), ("EHCP-OOA", "AY2025-26"), ("EHCP-20WK", "FY2026-27")]
MILESTONES = ["M-QA-Q3-07", "M-CS-Q4-05"]
RISKS = ["R-04", "R-05", "R-07"]


class Tokens:
    """Keycloak tokens, fetched again before they expire (the realm's access tokens live 5 minutes)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.cache = {}

    def get(self, who):
        with self.lock:
            tok, at = self.cache.get(who, (None, 0))
            if tok and time.time() - at < 200:
                return tok
            if who.startswith("demo-"):
                form = {"grant_type": "client_credentials", "client_id": who, "client_secret": who + "-secret"}
            else:
                form = {"grant_type": "password", "client_id": "send-reform-cli", "username": who, "password": "demo"}
            req = urllib.request.Request(TOKEN_URL, urllib.parse.urlencode(form).encode())
            with urllib.request.urlopen(req, timeout=30) as r:
                tok = json.load(r)["access_token"]
            self.cache[who] = (tok, time.time())
            return tok


TOKENS = Tokens()


def call(method, path, who, body=None, headers=None, content_type="application/json"):
    """Returns (status, headers, body bytes, seconds); status 0 when no answer came."""
    h = {"Authorization": "Bearer " + TOKENS.get(who), "Accept": "application/json"}
    if body is not None:
        h["Content-Type"] = content_type
    h.update(headers or {})
    req = urllib.request.Request(GATEWAY + path, body, h, method=method)
    t = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            data = r.read()
            return r.status, r.headers, data, time.perf_counter() - t
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read(), time.perf_counter() - t
    except Exception as e:  # noqa: BLE001 - a broken connection is an error to count, not a crash
        return 0, {}, str(e).encode(), time.perf_counter() - t


class Stats:
    def __init__(self, start):
        self.start = start
        self.lock = threading.Lock()
        self.lat = defaultdict(list)       # minute -> [seconds]
        self.kind_lat = defaultdict(list)  # kind -> [seconds]
        self.count = defaultdict(int)      # kind -> n
        self.errors = defaultdict(int)     # kind -> n
        self.samples = {}                  # kind -> sample error
        self.rss = defaultdict(list)       # service -> [(seconds, kB)]
        self.live_heap = {}                # "start"/"end" -> service -> MB in use after a full collection

    def add(self, kind, ok, secs, sample=None):
        minute = int((time.time() - self.start) // 60)
        with self.lock:
            self.lat[minute].append(secs)
            self.kind_lat[kind].append(secs)
            self.count[kind] += 1
            if not ok:
                self.errors[kind] += 1
                self.samples.setdefault(kind, sample)


def expect(stats, kind, answer, *ok):
    status, _, data, secs = answer
    good = status in ok
    stats.add(kind, good, secs, None if good else f"{status} {data[:200]!r}")
    return good


def submit(stats, _state):
    rows = [{"measureCode": m, "period": p, "disaggregation": "all", "value": round(random.uniform(10, 60), 1)}
            for m, p in SUBMIT_KEYS]
    expect(stats, "submit", call("POST", "/api/v1/submissions", "demo-la-send", json.dumps({"values": rows}).encode()), 200, 201)


def feed(stats, state):
    since = state.get("since")
    path = "/api/v1/feeds/values?limit=500" + ("&since=" + urllib.parse.quote(since) if since else "")
    answer = call("GET", path, "demo-icb-analytics")
    if expect(stats, "feed", answer, 200):
        state["since"] = json.loads(answer[2]).get("nextCursor") or since


def series(stats, _state):
    m, p = random.choice(SUBMIT_KEYS)
    expect(stats, "series", call("GET", f"/api/v1/measures/{m}/series", "rdg.member"), 200)


def risks(stats, _state):
    expect(stats, "risks", call("GET", "/api/v1/risks", "rdg.member"), 200)
    expect(stats, "risks", call("GET", f"/api/v1/risks/{random.choice(RISKS)}/signals", "rdg.member"), 200)


def conditional_write(stats, kind, read_kind, path, method, write_path, make_body, ok, content_type="application/json"):
    """Reads the item, then writes with its ETag in If-Match. A 412 (another client changed it since this one read
    it) is the answer a concurrent writer should get, so it counts as expected."""
    current = call("GET", path, "programme.manager")
    if not expect(stats, read_kind, current, 200):
        return
    body = json.dumps(make_body(json.loads(current[2]))).encode()
    expect(stats, kind, call(method, write_path, "programme.manager", body, {"If-Match": current[1].get("ETag")},
                             content_type), ok, 412)


def risk_write(stats, _state):
    risk = random.choice(RISKS)
    conditional_write(stats, "risk write", "risks", f"/api/v1/risks/{risk}", "POST", f"/api/v1/risks/{risk}/reviews",
                      lambda _risk: {"outcome": "soak: reviewed, scores stand", "scoresUnchanged": True}, 201)


def milestones(stats, _state):
    expect(stats, "milestones", call("GET", "/api/v1/milestones", "programme.manager"), 200)
    expect(stats, "milestones", call("GET", f"/api/v1/milestones/{random.choice(MILESTONES)}", "programme.manager"), 200)


def milestone_write(stats, _state):
    code = random.choice(MILESTONES)
    conditional_write(stats, "milestone write", "milestones", f"/api/v1/milestones/{code}", "PATCH",
                      f"/api/v1/milestones/{code}",
                      lambda m: {"forecastDate": m["dueDate"], "confidence": random.choice(["GREEN", "AMBER"]),
                                 "confidenceNote": "soak"}, 200, "application/merge-patch+json")


MIX = [(submit, 30), (feed, 20), (series, 15), (risks, 10), (risk_write, 5), (milestones, 15), (milestone_write, 5)]


def client(stats, until, seed):
    rnd = random.Random(seed)
    ops, weights = zip(*MIX)
    state = {}
    while time.time() < until:
        rnd.choices(ops, weights)[0](stats, state)
        time.sleep(rnd.uniform(0.05, 0.25))  # think time: a busy partnership, not a benchmark


def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def sample_rss(stats, until):
    pids = service_pids()
    while time.time() < until + 1:
        for s, pid in pids.items():
            kb = rss_kb(pid)
            if kb:
                stats.rss[s].append((time.time() - stats.start, kb))
        time.sleep(10)


def live_heap_mb(pid):
    """The heap in use just after a full collection (jcmd GC.run, then GC.heap_info): what the process keeps, as
    against RSS, which also counts heap pages touched once and garbage not yet collected."""
    jcmd = os.path.join(E["JAVA_HOME"], "bin", "jcmd") if E.get("JAVA_HOME") else "jcmd"
    try:
        subprocess.run([jcmd, str(pid), "GC.run"], capture_output=True, timeout=60, check=True)
        out = subprocess.run([jcmd, str(pid), "GC.heap_info"], capture_output=True, text=True, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    # the generations' (serial: DefNew, Tenured) or the whole heap's (G1) "used", not metaspace's; the format
    # differs between collectors and JDKs ("total 116160K, used 31005K", "total reserved ..., committed ..., used ...")
    used = [int(u) for u in re.findall(r"^\S.*?total [^\n]*?used (\d+)K", out, re.M)]
    return sum(used) / 1024 if used else None


def sample_live_heap(stats, at):
    """Once, `at` seconds into the run (after the warm-up), while the load goes on."""
    time.sleep(max(0.0, stats.start + at - time.time()))
    stats.live_heap["start"] = {s: live_heap_mb(pid) for s, pid in service_pids().items()}


def service_pids():
    pids = {}
    for s in SERVICES:
        with open(os.path.join(HOME, "run", s + ".pid")) as f:
            pids[s] = int(f.read().strip())
    return pids


def q(values, p):
    s = sorted(values)
    return s[min(len(s) - 1, max(0, int(round(p / 100 * len(s) + 0.5)) - 1))] if s else float("nan")


def main():
    start = time.time()
    until = start + MINUTES * 60
    stats = Stats(start)
    for who in ("demo-la-send", "demo-icb-analytics", "rdg.member", "workspace.lead", "programme.manager"):
        TOKENS.get(who)
    threads = [threading.Thread(target=client, args=(stats, until, i), daemon=True) for i in range(CLIENTS)]
    threads.append(threading.Thread(target=sample_rss, args=(stats, until), daemon=True))
    threads.append(threading.Thread(target=sample_live_heap, args=(stats, min(180, MINUTES * 60 / 5)), daemon=True))
    print(f"soak: {CLIENTS} clients for {MINUTES:g} minutes against {GATEWAY}", flush=True)
    for t in threads:
        t.start()
    while time.time() < until:
        time.sleep(min(60, max(0.1, until - time.time())))
        done = sum(stats.count.values())
        print(f"soak: {(time.time() - start) / 60:.1f} min, {done:,} requests, {sum(stats.errors.values())} errors", flush=True)
    for t in threads:
        t.join(timeout=90)
    stats.live_heap["end"] = {s: live_heap_mb(pid) for s, pid in service_pids().items()}

    lines = [f"# Soak: {MINUTES:g} minutes, {CLIENTS} clients, mixed load through the gateway",
             "", f"Started {time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime(start))}; "
             f"{sum(stats.count.values()):,} requests, **{sum(stats.errors.values())} errors**.", "",
             "| kind | requests | errors | p50 ms | p99 ms | sample error |", "|---|---:|---:|---:|---:|---|"]
    for kind in sorted(stats.count):
        lat = stats.kind_lat[kind]
        lines.append(f"| {kind} | {stats.count[kind]:,} | {stats.errors[kind]} | {q(lat, 50) * 1000:.0f} | "
                     f"{q(lat, 99) * 1000:.0f} | {stats.samples.get(kind) or ''} |")
    lines += ["", "Latency per minute (all kinds):", "", "| minute | requests | p50 ms | p99 ms |", "|---:|---:|---:|---:|"]
    minutes = sorted(m for m in stats.lat if m < MINUTES)
    for m in minutes:
        lines.append(f"| {m + 1} | {len(stats.lat[m]):,} | {q(stats.lat[m], 50) * 1000:.0f} | {q(stats.lat[m], 99) * 1000:.0f} |")
    if len(minutes) >= 2:
        k = max(1, len(minutes) // 5)  # first and last fifth (at least a minute each); the first minute warms the JIT
        first = [x for m in minutes[:k] for x in stats.lat[m]]
        last = [x for m in minutes[-k:] for x in stats.lat[m]]
        lines += ["", f"Drift, first {k} vs last {k} minute(s): p50 {q(first, 50) * 1000:.0f} → {q(last, 50) * 1000:.0f} ms, "
                      f"p99 {q(first, 99) * 1000:.0f} → {q(last, 99) * 1000:.0f} ms."]
    lines += ["", "RSS per service (sampled every 10 s):", "", "| service | start MB | max MB | end MB | growth MB |",
              "|---|---:|---:|---:|---:|"]
    for s in SERVICES:
        r = stats.rss.get(s) or []
        if r:
            lines.append(f"| {s} | {r[0][1] / 1024:.0f} | {max(x[1] for x in r) / 1024:.0f} | {r[-1][1] / 1024:.0f} | "
                         f"{(r[-1][1] - r[0][1]) / 1024:+.0f} |")
    start_heap, end_heap = stats.live_heap.get("start", {}), stats.live_heap.get("end", {})
    lines += ["", f"Heap in use after a full collection (jcmd GC.run + GC.heap_info), "
                  f"{min(180, MINUTES * 60 / 5) / 60:.1f} minutes in (under load) and after the load stopped: what each "
                  "process retains, where RSS also counts garbage and heap pages touched once.", "",
              "| service | live heap start MB | live heap end MB | growth MB |", "|---|---:|---:|---:|"]
    for s in SERVICES:
        a, b = start_heap.get(s), end_heap.get(s)
        cell = lambda v: f"{v:.0f}" if v is not None else "-"
        lines.append(f"| {s} | {cell(a)} | {cell(b)} | {f'{b - a:+.0f}' if a is not None and b is not None else '-'} |")
    report = "\n".join(lines) + "\n"
    print(report)
    with open(OUT, "w") as f:
        f.write(report)
    print(f"soak: written to {OUT}")
    return 1 if sum(stats.errors.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
