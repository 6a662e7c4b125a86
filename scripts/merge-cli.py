#!/usr/bin/env python3
"""Resolves merge conflicts in src/Vigil.Cli/VigilCli.cs: keeps our file and adds every verb registration
(`root.Subcommands.Add(...)`) found on either side. Used when merging parallel feature branches."""
import re, sys
path = sys.argv[1] if len(sys.argv) > 1 else "src/Vigil.Cli/VigilCli.cs"
text = open(path).read()
regs = []
for line in text.splitlines():
    m = re.search(r'root\.Subcommands\.Add\((?:Commands\.)?(.+)\);', line)
    if m and m.group(1) not in regs:
        regs.append(m.group(1))
# ours: drop conflict markers and the theirs side
out, side = [], None
for line in text.splitlines():
    if line.startswith("<<<<<<< "): side = "ours"; continue
    if line.startswith("=======") and side: side = "theirs"; continue
    if line.startswith(">>>>>>> "): side = None; continue
    if side != "theirs": out.append(line)
body = "\n".join(out)
body = re.sub(r'\n        root\.Subcommands\.Add\([^\n]*\);', '', body)
adds = "".join(f"\n        root.Subcommands.Add({r});" for r in regs)
body = body.replace('identities.");', 'identities.");' + adds, 1)
open(path, "w").write(body + ("\n" if not body.endswith("\n") else ""))
print("registered:", ", ".join(regs))
