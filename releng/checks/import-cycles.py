#!/usr/bin/env python3
"""Package-level import cycles inside one bundle's sources.

Reads every .java file under the given source folder (default: the UI bundle's src/main/java), takes the references to
the bundle's own packages (imports, static imports, and fully-qualified names written in code), builds the graph
package -> package, and prints each strongly connected component of more than one package with the class-level edges
that close it. Exit status 1 when a cycle exists.

    python3 releng/checks/import-cycles.py [source-folder] [package-prefix]
"""
import os
import re
import sys
from collections import defaultdict

root = sys.argv[1] if len(sys.argv) > 1 else "bundles/ttt.workbench.ui/src/main/java"
prefix = sys.argv[2] if len(sys.argv) > 2 else "ttt.workbench.ui"

classes = {}  # fully-qualified class -> package
sources = {}
for d, _, files in os.walk(root):
    for f in files:
        if f.endswith(".java"):
            text = open(os.path.join(d, f), encoding="utf-8").read()
            m = re.search(r"^package\s+([\w.]+);", text, re.M)
            pkg = m.group(1)
            cls = pkg + "." + f[:-5]
            classes[cls] = pkg
            sources[cls] = text

ref = re.compile(r"\b(" + re.escape(prefix) + r"(?:\.[a-z_]\w*)*)\.([A-Z]\w*)")
edges = defaultdict(lambda: defaultdict(set))  # pkg -> pkg -> {(from class, to class)}
for cls, text in sources.items():
    body = re.sub(r"^package .*$", "", text, flags=re.M)
    body = re.sub(r"/\*.*?\*/|//[^\n]*", "", body, flags=re.S)  # comments and javadoc links do not couple
    for m in ref.finditer(body):
        target = m.group(1) + "." + m.group(2)
        if target in classes and classes[target] != classes[cls]:
            edges[classes[cls]][classes[target]].add((cls.rsplit(".", 1)[1], m.group(2)))

# Tarjan's strongly connected components
index, low, stack, on, sccs, counter = {}, {}, [], set(), [], [0]
def visit(v):
    index[v] = low[v] = counter[0]; counter[0] += 1
    stack.append(v); on.add(v)
    for w in edges[v]:
        if w not in index:
            visit(w); low[v] = min(low[v], low[w])
        elif w in on:
            low[v] = min(low[v], index[w])
    if low[v] == index[v]:
        comp = []
        while True:
            w = stack.pop(); on.discard(w); comp.append(w)
            if w == v:
                break
        sccs.append(comp)
sys.setrecursionlimit(10000)
for p in sorted(set(classes.values())):
    if p not in index:
        visit(p)

cycles = [sorted(c) for c in sccs if len(c) > 1]
short = lambda p: p[len(prefix) + 1:] if p.startswith(prefix + ".") else p
print(f"{len(set(classes.values()))} packages, {len(classes)} classes under {root}")
for comp in cycles:
    print("cycle: " + ", ".join(short(p) for p in comp))
    for a in comp:
        for b in comp:
            if b in edges[a]:
                pairs = sorted(edges[a][b])
                print(f"  {short(a)} -> {short(b)}: " + ", ".join(f"{x}->{y}" for x, y in pairs))
if not cycles:
    print("no package cycles")
sys.exit(1 if cycles else 0)
