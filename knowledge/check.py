#!/usr/bin/env python3
"""Check every topic file of the knowledge base (see knowledge/README.md).

usage: check.py [DIR]   (default: the folder this script is in)

Prints one line per problem and exits 1 if there is any.
"""
import pathlib
import re
import subprocess
import sys
import tempfile
import tomllib

KINDS = {"technical", "behavioral", "coding"}
ID = re.compile(r"^[a-z0-9-]+\.[a-z0-9-]+$")
UNSUPPORTED = re.compile(r"\(\?[=!<]|\\[1-9]")


def problems_of(path, topic, seen):
    out = []
    need = ["id", "title", "category", "kind", "questions", "terms", "key_points", "model_answer", "follow_ups"]
    for field in need:
        if field not in topic:
            out.append(f"missing field `{field}`")
    if out:
        return out
    tid = topic["id"]
    if not ID.match(tid):
        out.append(f"id `{tid}` is not `category.slug` in lower-case")
    if tid in seen:
        out.append(f"id `{tid}` also in {seen[tid]}")
    seen[tid] = path
    if topic["category"] != path.parent.name or not tid.startswith(topic["category"] + "."):
        out.append(f"category `{topic['category']}` does not match folder `{path.parent.name}` and id")
    if topic["kind"] not in KINDS:
        out.append(f"kind `{topic['kind']}` is not one of {sorted(KINDS)}")
    if len(topic["questions"]) < 2:
        out.append("fewer than 2 question phrasings")
    answer = topic["model_answer"].lower()
    words = len(answer.split())
    if not 50 <= words <= 260:
        out.append(f"model answer has {words} words (want 50-260)")
    if len(topic["key_points"]) < 2:
        out.append("fewer than 2 key points")
    for point in topic["key_points"]:
        for field in ("id", "point", "cues"):
            if field not in point:
                out.append(f"key point without `{field}`")
        cues = point.get("cues", [])
        if not any(cue.lower() in answer for cue in cues):
            out.append(f"key point `{point.get('id')}`: none of its cues {cues} occurs in the model answer")
        for cue in cues:
            if cue != cue.lower():
                out.append(f"cue `{cue}` is not lower-case")
    for wrong in topic.get("misconceptions", []):
        pattern = wrong.get("pattern", "")
        if UNSUPPORTED.search(pattern):
            out.append(f"pattern `{pattern}` uses look-around or back-references")
            continue
        try:
            rx = re.compile(pattern, re.IGNORECASE)
        except re.error as error:
            out.append(f"pattern `{pattern}` does not compile: {error}")
            continue
        if not rx.search(wrong.get("example", "")):
            out.append(f"pattern `{pattern}` does not match its example")
        if rx.search(wrong.get("fine", "")):
            out.append(f"pattern `{pattern}` matches its `fine` statement")
        if not wrong.get("correct"):
            out.append(f"pattern `{pattern}` has no `correct` statement")
    for spoken in topic.get("spoken", []):
        if not spoken.get("heard") or not spoken.get("likely"):
            out.append("spoken entry without `heard` and `likely`")
    if topic["kind"] == "coding":
        out.extend(check_coding(topic.get("coding")))
    return out


def check_coding(coding):
    if not coding:
        return ["coding topic without [coding]"]
    out = []
    for field in ("function", "time", "space", "solution", "tests", "approach"):
        if field not in coding:
            out.append(f"[coding] missing `{field}`")
    if out:
        return out
    if len(coding["tests"]) < 3:
        out.append("fewer than 3 test cases")
    lines = [coding["solution"], "", "failures = []"]
    for n, case in enumerate(coding["tests"]):
        lines.append(f"try:\n    _got = {case['call']}\n    _want = {case['expected']}\n    if _got != _want: failures.append(({n}, repr(_got), repr(_want)))\nexcept Exception as e:\n    failures.append(({n}, 'raised', repr(e)))")
    lines.append("for f in failures: print('test', *f)")
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as script:
        script.write("\n".join(lines))
    run = subprocess.run([sys.executable, script.name], capture_output=True, text=True, timeout=30)
    if run.returncode != 0:
        out.append(f"solution does not run: {run.stderr.strip()[-300:]}")
    for line in run.stdout.splitlines():
        out.append(f"failing {line}")
    return out


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parent)
    seen = {}
    bad = 0
    files = sorted(root.glob("*/*.toml"))
    for path in files:
        try:
            topic = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as error:
            print(f"{path}: not valid TOML: {error}")
            bad += 1
            continue
        for problem in problems_of(path, topic, seen):
            print(f"{path}: {problem}")
            bad += 1
    categories = {p.parent.name for p in files}
    print(f"{len(files)} topics in {len(categories)} categories, {bad} problems")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
