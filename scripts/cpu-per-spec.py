#!/usr/bin/env python3
"""CPU per e2e spec (its Playwright worker and that worker's Chromium, servers not included), from
scripts/cpu-seconds.py samples and Playwright's JSON report:
  SAMPLE=/tmp/s.json python3 scripts/cpu-seconds.py npx playwright test
  python3 scripts/cpu-per-spec.py /tmp/s.json test-results/e2e.json"""
import json, sys, bisect, datetime
s = json.load(open(sys.argv[1])); rep = json.load(open(sys.argv[2]))
samples = s["samples"]; ts = [x["t"] for x in samples]
def at(key, t):
    i = bisect.bisect_left(ts, t)
    i = min(max(i, 0), len(samples) - 1)
    # a group absent in a sample means not yet started or already ended: carry the nearest known value
    for j in range(i, -1, -1):
        if key in samples[j]: return samples[j][key]
    return 0.0
per = {}; cnt = {}; wall = {}
keys = sorted({k for x in samples for k in x if k.startswith('worker')})
def walk(suite, file=None):
    file = suite.get("file", file)
    for sp in suite.get("specs", []):
        for t in sp["tests"]:
            for r in t["results"]:
                st = datetime.datetime.fromisoformat(r["startTime"].replace("Z", "+00:00")).timestamp()
                en = st + r["duration"] / 1000
                ks = [k for k in keys if k == f"worker{r['workerIndex']}" or k.startswith(f"worker{r['workerIndex']}:")]
                d = sum(at(k, en) - at(k, st) for k in ks)
                f = sp.get("file", file)
                per[f] = per.get(f, 0) + d; cnt[f] = cnt.get(f, 0) + 1; wall[f] = wall.get(f, 0) + r["duration"] / 1000
    for ch in suite.get("suites", []): walk(ch, file)
for su in rep["suites"]: walk(su)
tot = sum(per.values())
print(f"{'spec':32} {'tests':>5} {'cpu s':>7} {'test s':>7}")
for f in sorted(per, key=lambda f: -per[f]):
    print(f"{f:32} {cnt[f]:5d} {per[f]:7.1f} {wall[f]:7.1f}")
print(f"{'sum in tests (worker+chromium)':32} {sum(cnt.values()):5d} {tot:7.1f}")
last = samples[-1]
groups = {}
for x in samples:
    for k, v in x.items():
        if k != "t": groups[k] = max(groups.get(k, 0), v)
print("group maxima:", {k: round(v, 1) for k, v in sorted(groups.items())})
print("stats:", rep["stats"])
