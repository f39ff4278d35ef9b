#!/usr/bin/env python3
"""Derive the demo's sample articles: the two seed articles and the first 10 Wikinews texts of
each MEANTIME topic (CC BY 2.5, text only, no annotations), written in the seed format.

Usage: tools/derive-demo-samples.py [SHARED_DIR]   (default: ../shared next to the repository)
"""
import json, os, re, shutil, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared")
out = os.path.join(root, "marsad-app/src/main/resources/org/marsad/app/samples")
os.makedirs(out, exist_ok=True)
for name in os.listdir(out):
    os.remove(os.path.join(out, name))
for seed in ("000_712beae123183450.txt", "003_e4b9f3156e9ffce2.txt"):
    shutil.copy(os.path.join(shared, "seeds", seed), os.path.join(out, "seed-" + seed))
per_topic = {}
with open(os.path.join(shared, "data/meantime/meantime.jsonl"), encoding="utf-8") as f:
    for line in f:
        d = json.loads(line)
        if per_topic.get(d["topic"], 0) >= 10 or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["dct"] or ""):
            continue
        per_topic[d["topic"]] = per_topic.get(d["topic"], 0) + 1
        lines = d["text"].split("\n")
        # the first line is the headline, the second the date: keep the headline as a paragraph
        body = [lines[0]] + [l for l in lines[2:] if l.strip()]
        text = "\n\n".join(re.sub(r" ([,.;:!?')])", r"\1", re.sub(r"([(]) ", r"\1", l)) for l in body)
        slug = re.sub(r"[^A-Za-z0-9]+", "-", d["doc_id"])[:60].strip("-")
        with open(os.path.join(out, "wikinews-" + slug + ".txt"), "w", encoding="utf-8") as g:
            g.write("date %s (@Wikinews)\n\n%s\n" % (d["dct"], text))
names = sorted(n for n in os.listdir(out) if n != "INDEX")
with open(os.path.join(out, "INDEX"), "w") as g:
    g.write("\n".join(names) + "\n")
print("wrote", len(names), "samples to", out)
