#!/usr/bin/env python3
"""Pure package moves for issue 10 (run from the repository root). Moves each class file, rewrites
its package line, every fully qualified reference, imports, and adds imports where a class of the
old package used it without one."""
import os, re, subprocess, sys
MOVES = [
    ("vn.vanban.content", "VnNumber", "vn.vanban.format"),
    ("vn.vanban.content", "Numbering", "vn.vanban.format"),
    ("vn.vanban.content", "Verdict", "vn.vanban.format"),
    ("vn.vanban.content", "Text", "vn.vanban.format"),
    ("vn.vanban.content", "PartialDate", "vn.vanban.format"),
    ("vn.vanban.data", "Period", "vn.vanban.format"),
    ("vn.vanban.template", "VnFormat", "vn.vanban.format"),
    ("vn.vanban.content", "MapReader", "vn.vanban.content.keys"),
    ("vn.vanban.content", "ContentKeys", "vn.vanban.content.keys"),
    ("vn.vanban.template", "TemplateSource", "vn.vanban.load"),
]
TESTS = [  # tests of a moved class move with it
    ("vn.vanban.content", "VnNumberTest", "vn.vanban.format"),
    ("vn.vanban.content", "NumberingTest", "vn.vanban.format"),
]
ROOTS = ["engine/src/main/java", "engine/src/test/java"]

def path(root, pkg, cls):
    return os.path.join(root, pkg.replace(".", "/"), cls + ".java")

def java_files():
    for r in ROOTS:
        for d, _, fs in os.walk(r):
            for f in fs:
                if f.endswith(".java"):
                    yield os.path.join(d, f)

def pkg_of(src):
    m = re.search(r"^package\s+([\w.]+);", src, re.M)
    return m.group(1)

def add_import(src, fqn):
    if re.search(r"^import\s+" + re.escape(fqn) + ";", src, re.M):
        return src
    m = re.search(r"^package\s+[\w.]+;\n", src, re.M)
    return src[:m.end()] + "\nimport " + fqn + ";\n" + src[m.end():]

def uses(src, cls):
    body = re.sub(r"^(package|import)\s.*$", "", src, flags=re.M)
    body = re.sub(r"//.*", "", body)
    body = re.sub(r"/\*.*?\*/", "", body, flags=re.S)
    body = re.sub(r'"(\\.|[^"\\])*"', '""', body)
    return re.search(r"(?<![\w.])" + cls + r"\b", body) is not None

all_moves = [(o, c, n, r) for (o, c, n) in MOVES for r in ROOTS if os.path.exists(path(r, o, c))] + \
            [(o, c, n, "engine/src/test/java") for (o, c, n) in TESTS]
old_pkg_members = {}
for f in java_files():
    old_pkg_members.setdefault(pkg_of(open(f).read()), set()).add(os.path.basename(f)[:-5])
moved = {}
for o, c, n, r in all_moves:
    src, dst = path(r, o, c), path(r, n, c)
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    subprocess.check_call(["git", "mv", src, dst])
    s = open(dst).read()
    s = re.sub(r"^package\s+[\w.]+;", "package " + n + ";", s, count=1, flags=re.M)
    # Classes of its old package it used without an import now need one.
    for other in sorted(old_pkg_members.get(o, ())):
        if other != c and (o, other) not in {(a, b) for a, b, _, _ in all_moves} and uses(s, other):
            s = add_import(s, o + "." + other)
    # ... and so do moved classes of its old package that went to another package.
    for o2, c2, n2, _ in all_moves:
        if o2 == o and n2 != n and c2 != c and uses(s, c2):
            s = add_import(s, n2 + "." + c2)
    open(dst, "w").write(s)
    moved[(o, c)] = n
for f in java_files():
    s = open(f).read()
    orig = s
    p = pkg_of(s)
    for (o, c), n in moved.items():
        s = re.sub(re.escape(o + "." + c) + r"\b", n + "." + c, s)
        if p == o and uses(s, c):
            s = add_import(s, n + "." + c)
        if p == n:
            s = re.sub(r"^import\s+" + re.escape(n + "." + c) + ";\n", "", s, flags=re.M)
    if s != orig:
        open(f, "w").write(s)
