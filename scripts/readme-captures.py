#!/usr/bin/env python3
"""Re-records the README's "What it looks like" captures from the built binary.

Takes a 15-question diagnostic headless (a fixed profile, seed and answer pattern, so a re-run gives the same
screens for the same engine and bank), then replaces the fenced block under each "### <heading>" of that section
with `dijipilot snapshot --screen NAME --size 80x24`. Run after `swift build`: python3 scripts/readme-captures.py
"""
import json, pathlib, subprocess, sys, tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
BINARY = ROOT / ".build/debug/dijipilot"
PROFILE = {"stock": "3pl", "channels": "both", "region": "us", "crossBorder": "domestic", "team": "2-5",
           "revenue": "10k-100k", "platform": "shopify"}
SCREENS = {"Home": "home", "Question": "question", "Results and heatmap": "results", "Roadmap": "roadmap"}
ANSWERS = [2, 1, 3, 2, 4, 1, 2, 3, 1, 2, 4, 2, 1, 3, 2]


def run(args, **kw):
    return subprocess.run([str(BINARY)] + args, capture_output=True, text=True, check=True, **kw).stdout


def main():
    with tempfile.TemporaryDirectory() as folder:
        progress = f"{folder}/progress.json"
        profile = f"{folder}/profile.json"
        pathlib.Path(profile).write_text(json.dumps(PROFILE))
        lines = "".join(json.dumps({"answer": a}) + "\n" for a in ANSWERS) + '{"finish":true}\n'
        run(["assess", "--json-lines", "--seed", "11", "--max-questions", str(len(ANSWERS)),
             "--profile-file", profile, "--progress", progress], input=lines)
        captures = {h: run(["snapshot", "--screen", s, "--size", "80x24", "--progress", progress]).rstrip("\n")
                    for h, s in SCREENS.items()}
    readme = ROOT / "README.md"
    text = readme.read_text().split("\n")
    out, i = [], 0
    while i < len(text):
        line = text[i]
        out.append(line)
        heading = line[4:].strip() if line.startswith("### ") else None
        if heading in captures:
            j = i + 1
            while not text[j].startswith("```"):
                out.append(text[j]); j += 1
            end = text.index("```", j + 1)
            out += ["```"] + captures[heading].split("\n") + ["```"]
            i = end + 1
            continue
        i += 1
    readme.write_text("\n".join(out))
    print("re-recorded:", ", ".join(captures))


if __name__ == "__main__":
    sys.exit(main())
