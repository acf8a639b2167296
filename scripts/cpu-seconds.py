#!/usr/bin/env python3
"""CPU-seconds (user+sys) of a command's whole process tree, orphans included: wall time on a
shared 2-core machine says little, CPU-seconds move far less with load (docs/decisions/test-suite-speed.md).
  python3 scripts/cpu-seconds.py npm test          # prints a CPUACCT line on stderr at the end
As a child subreaper it collects every orphan (Chromium helpers, servers a kill left behind), so
their time counts. With SAMPLE=file.json it also samples, every 0.5 s, the CPU of each part of the
tree (each Playwright worker with its Chromium by process type, the e2e servers, the rest), which
scripts/cpu-per-spec.py turns into CPU per spec."""
import ctypes, json, os, resource, signal, subprocess, sys, threading, time

libc = ctypes.CDLL("libc.so.6", use_errno=True)
assert libc.prctl(36, 1, 0, 0, 0) == 0  # PR_SET_CHILD_SUBREAPER
TCK = os.sysconf("SC_CLK_TCK")
me = os.getpid()

def procs():
    out = {}
    for d in os.listdir("/proc"):
        if not d.isdigit(): continue
        try:
            s = open(f"/proc/{d}/stat").read()
            rest = s[s.rindex(")") + 2:].split()
            ppid = int(rest[1]); ut, st, cut, cst = (int(x) for x in rest[11:15])
            out[int(d)] = (ppid, (ut + st) / TCK, (cut + cst) / TCK)
        except Exception: pass
    return out

def env_of(pid, key):
    try:
        for kv in open(f"/proc/{pid}/environ", "rb").read().split(b"\0"):
            if kv.startswith(key.encode() + b"="): return kv.split(b"=", 1)[1].decode()
    except Exception: pass
    return None

def cmd_of(pid):
    try: return open(f"/proc/{pid}/cmdline", "rb").read().replace(b"\0", b" ").decode(errors="replace")
    except Exception: return ""

labels = {}
workers = []  # worker pids in start order: Playwright numbers workers in the order it forks them
def label(pid, pt):
    if pid in labels: return labels[pid]
    ppid = pt[pid][0]
    c = cmd_of(pid)
    if "workerProcessEntry" in c and "cluster.config" in cmd_of(ppid):
        lab = "cluster"  # npm test runs the cluster test beside e2e: its worker must not shift the numbering
    elif "workerProcessEntry" in c:
        workers.append(pid); lab = f"worker{len(workers) - 1}"
    elif "launch-servers" in c: lab = "servers"
    elif ppid in pt and ppid != me and ppid != 1:
        lab = label(ppid, pt)
        if lab.startswith("worker") and ("chrom" in c):
            kind = c.split("--type=")[1].split()[0] if "--type=" in c else "browser"
            lab = lab.split(":")[0] + ":" + kind
    else: lab = "other"
    labels[pid] = lab
    return lab

samples = []
stop = False
def sampler():
    while not stop:
        pt = procs()
        def under(p):
            seen = 0
            while p in pt and seen < 50:
                if pt[p][0] == me: return True
                p = pt[p][0]; seen += 1
            return False
        tot = {}
        for pid, (pp, own, ch) in pt.items():
            if pid == me or not under(pid): continue
            lab = label(pid, pt)
            tot[lab] = tot.get(lab, 0) + own + ch
        ru = resource.getrusage(resource.RUSAGE_CHILDREN)
        samples.append({"t": time.time(), "reaped": ru.ru_utime + ru.ru_stime, **tot})
        time.sleep(0.5)

out = os.environ.get("SAMPLE")
if out: threading.Thread(target=sampler, daemon=True).start()
t0 = time.time()
child = subprocess.Popen(sys.argv[1:])
signal.signal(signal.SIGINT, lambda *a: child.send_signal(signal.SIGINT))
rc = child.wait()
# Reap every orphan that came to us.
while True:
    try: os.waitpid(-1, 0)
    except ChildProcessError: break
stop = True
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
wall = time.time() - t0
if out: json.dump({"t0": t0, "samples": samples}, open(out, "w"))
print(f"CPUACCT wall {wall:.1f} s  user {ru.ru_utime:.1f} s  sys {ru.ru_stime:.1f} s  cpu {ru.ru_utime + ru.ru_stime:.1f} s  rc {rc}", file=sys.stderr)
sys.exit(rc)
