#!/usr/bin/env python3
"""The median of several benchmark runs (issue 9: "median of at least 3 runs"), from the JSON summaries that
deploy/bench/bench.py writes beside each report. Prints a markdown table: each headline figure per run, the
median, the target and whether the median meets it; with --out, writes it there too.

  deploy/bench/median.py deploy/bench/results/A.json deploy/bench/results/B.json deploy/bench/results/C.json [--out F.md]
"""
import json
import statistics
import sys

# (key, label, target, met(median)); None where the figure has no target of its own
FIGURES = [
    ("ingest_ratio_pct", "ingest through the gateway, % of raw COPY (all values)", ">= 50 %", lambda v: v >= 50),
    ("ingest_api_values_per_s", "ingest through the gateway, values/s", None, None),
    ("ingest_copy_values_per_s", "raw COPY, values/s", None, None),
    ("ingest_values_per_cpu_s", "values per metrics-service CPU-second (all)", ">= 25,000 (stretch 100,000)",
     lambda v: v >= 25000),
    ("ingest_json_1000_values_per_cpu_s", "... JSON batches of 1,000", ">= 25,000", lambda v: v >= 25000),
    ("ingest_csv_1000_values_per_cpu_s", "... CSV batches of 1,000", ">= 25,000", lambda v: v >= 25000),
    ("ingest_json_50000_values_per_cpu_s", "... JSON batches of 50,000", ">= 25,000", lambda v: v >= 25000),
    ("ingest_csv_50000_values_per_cpu_s", "... CSV batches of 50,000", ">= 25,000", lambda v: v >= 25000),
    ("ingest_retries", "submissions told to retry (503) and sent again", None, None),
    ("feed_json_ratio_pct", "feed JSON through the gateway, % of COPY TO STDOUT", ">= 50 %", lambda v: v >= 50),
    ("feed_csv_ratio_pct", "feed CSV through the gateway, % of COPY TO STDOUT", ">= 50 %", lambda v: v >= 50),
    ("gateway_rps_ratio_pct", "gateway requests/s, % of direct", ">= 80 %", lambda v: v >= 80),
    ("gateway_direct_rps", "direct requests/s (wrk)", None, None),
    ("gateway_added_p50_ms", "gateway added latency p50, ms", None, None),
    ("gateway_added_p99_ms", "gateway added latency p99, ms", "<= 2 ms", lambda v: v <= 2),
    ("gateway_cpu_ms_per_request", "gateway CPU per request, ms", None, None),
    ("gateway_service_cpu_ms_per_request", "service CPU per request (direct), ms", None, None),
    ("one_value_submission_cpu_ms", "metrics-service CPU per one-value submission, ms", None, None),
    ("ingest_compiler_cpu_pct", "JIT compiler threads, % of metrics-service CPU in the measured ingest", None, None),
    ("event_signal_p50_ms", "commit -> risk signal p50, ms", None, None),
    ("event_signal_p99_ms", "commit -> risk signal p99, ms", "<= 1,000 ms", lambda v: v <= 1000),
    ("event_escalation_p50_ms", "risk escalated -> escalation in governance p50, ms", None, None),
    ("event_escalation_p99_ms", "risk escalated -> escalation in governance p99, ms", "<= 1,000 ms", lambda v: v <= 1000),
    ("growth_last_over_first", "cost per value at 10^6 / at 10^4 stored", "about 1 or less (flat)", lambda v: v <= 1.2),
] + [(f"peak_rss_mb_{p}", f"peak RSS {p}, MB", "<= 300 MB", lambda v: v <= 300)
     for p in ("milestones-service", "metrics-service", "risk-service", "governance-service", "gateway")]


def number(v):
    if float(v).is_integer() and abs(v) < 100:
        return f"{v:.0f}"
    return f"{v:,.0f}" if abs(v) >= 100 else f"{v:,.2f}" if abs(v) < 10 else f"{v:,.1f}"


def main(argv):
    out = None
    if "--out" in argv:
        i = argv.index("--out")
        out, argv = argv[i + 1], argv[:i] + argv[i + 2:]
    if len(argv) < 1:
        sys.exit(__doc__)
    runs = [json.load(open(f)) for f in argv]
    names = [f.rsplit("/", 1)[-1].removesuffix(".json") for f in argv]
    lines = [f"# Median of {len(runs)} benchmark runs", "",
             "Runs: " + ", ".join(f"`{n}` (load average {r.get('load_average_at_start', float('nan')):.2f} at start, "
                                  f"{r.get('git', '?')})" for n, r in zip(names, runs)), "",
             "| figure | " + " | ".join(f"run {i + 1}" for i in range(len(runs))) + " | median | target | median meets it |",
             "|---|" + "---:|" * (len(runs) + 1) + "---|---|"]
    for key, label, target, met in FIGURES:
        vals = [r.get(key) for r in runs]
        present = [v for v in vals if v is not None]
        if not present:
            continue
        m = statistics.median(present)
        verdict = "" if met is None else ("yes" if met(m) else "**no**")
        lines.append(f"| {label} | " + " | ".join(number(v) if v is not None else "-" for v in vals)
                     + f" | **{number(m)}** | {target or ''} | {verdict} |")
    opts = {r.get("java_opts") for r in runs}
    lines += ["", "Same service JVM options in every run: " + ("yes" if len(opts) == 1 else "**no**: " + "; ".join(map(str, opts)))]
    text = "\n".join(lines) + "\n"
    print(text)
    if out:
        with open(out, "w") as f:
            f.write(text)


if __name__ == "__main__":
    main(sys.argv[1:])
