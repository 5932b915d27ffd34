#!/usr/bin/env python3
"""Where a `ttt` process spends its time, from a JFR recording (read through `jfr print --json`).

Prints two tables of execution samples (Java code running) plus native-method samples (threads inside native code:
deflate, fsync, fontconfig):
  - by phase: the first frame, from the top of the stack, that names one of the phases listed below
    (e.g. "formatting floats", "JSON tree", "PNG drawing", "maths"), else the top frame's package;
  - the hottest top frames (as `jfr view hot-methods` would).
Usage: jfr-where.py JFR_BINARY RECORDING.jfr [TOP]
"""
import collections
import json
import subprocess
import sys

PHASES = [  # (label, substring of "package.Class.method"), first match from the top of the stack wins
    ("float formatting (repr)", "store.json.PythonFloats"),
    ("JSON writing (Python layout)", "store.json.PythonJsonWriter"),
    ("JSON trees (Jackson nodes)", "com.fasterxml.jackson.databind.node"),
    ("per_step.csv", "store.csv.PerStepCsv"),
    ("PNG encoding (deflate)", "CurvePng.encode"),
    ("PNG drawing (Java2D)", "session.CurvePng"),
    ("Java2D / fonts (warm-up, drawing)", "sun.java2d"),
    ("Java2D / fonts (warm-up, drawing)", "sun.font"),
    ("file writes + fsync", "store.files.AtomicFiles"),
    ("store reading (refresh, index)", "store.io.StoreReader"),
    ("store reading (refresh, index)", "store.io.IndexMaintenance"),
    ("store reading (refresh, index)", "store.ArtifactStore.refresh"),
    (".pt files", "store.pt."),
    ("maths (run steps, updates)", "engine.math."),
    ("maths (run steps, updates)", "engine.optim."),
    ("maths (run steps, updates)", "engine.run.SessionRunner"),
    ("maths (run steps, updates)", "engine.model."),
    ("maths (run steps, updates)", "engine.env."),
    ("maths (run steps, updates)", "engine.random."),
    ("run summaries (metrics)", "store.io.RunSummaries"),
    ("EMF model", "org.eclipse.emf"),
    ("class loading / linking", "java.lang.ClassLoader"),
    ("class loading / linking", "jdk.internal.loader"),
    ("class loading / linking", "java.lang.invoke"),
]


def frames(event):
    trace = event["values"].get("stackTrace") or {}
    for f in trace.get("frames", []):
        m = f.get("method") or {}
        t = (m.get("type") or {}).get("name", "?")
        yield t.replace("/", ".") + "." + m.get("name", "?")


def phase(names):
    for name in names:
        for label, key in PHASES:
            if key in name:
                return label
    top = names[0] if names else "?"
    return "other: " + ".".join(top.split(".")[:3])


def main():
    jfr, recording = sys.argv[1], sys.argv[2]
    top = int(sys.argv[3]) if len(sys.argv) > 3 else 12
    for event_type, title in (("jdk.ExecutionSample", "Java code"), ("jdk.NativeMethodSample", "native code")):
        out = subprocess.run([jfr, "print", "--json", "--stack-depth", "64", "--events", event_type, recording],
                             check=True, capture_output=True, text=True).stdout
        events = json.loads(out)["recording"]["events"]
        if event_type == "jdk.NativeMethodSample":  # threads parked in native waits are not work
            events = [e for e in events if not any(w in " ".join(frames(e)) for w in
                      ("Object.wait", "Unsafe.park", "Thread.sleep", "Process", "waitForProcessExit", "epollWait"))]
        n = len(events)
        print(f"### {title}: {n} samples")
        if not n:
            continue
        by_phase = collections.Counter(phase(list(frames(e))) for e in events)
        for label, c in by_phase.most_common():
            print(f"  {100.0 * c / n:5.1f}%  {c:6d}  {label}")
        print(f"  top frames:")
        by_top = collections.Counter(next(iter(frames(e)), "?") for e in events)
        for name, c in by_top.most_common(top):
            print(f"  {100.0 * c / n:5.1f}%  {c:6d}  {name}")


if __name__ == "__main__":
    main()
