#!/usr/bin/env python3
"""Measure how well debrief finds interviewer questions and roles on labelled fixtures.

usage: generalise.py [--bin PATH] [--verbose] [--baseline] [--skip-candidate-questions]
                     [--skip-small-talk] [--list-gold] [--dump-stripped DIR]
                     [--min-a-found R] [--min-a-roles R] [--min-a-precision R]
                     [--min-b-found R] [--min-b-precision R] [--min-b-roles R]
                     FIXTURE.txt...

Each FIXTURE.txt is a labelled transcript, one turn per `Speaker Name: text` line;
lines that do not start with a known speaker label continue the previous turn, blank
lines are ignored. Beside it, FIXTURE.roles.json names the roles:
    {"candidate": "Exact Name", "interviewers": ["Exact Name", ...]}
Only labels listed there start a turn, so a colon inside the text is harmless.

Gold interviewer questions
--------------------------
A gold question is an interviewer turn that
  1. is followed by a candidate turn -- directly, or after turns of other interviewers
     that ask nothing themselves ("Sorry Fatima." "No, go ahead, I want to hear this.");
     an interviewer turn followed by another interviewer's question ("Chen, do you
     want to take over?" -> Chen asks) is not one: the candidate did not answer it; and
  2. asks something: it contains a '?', or a prompt, or it ends like a question.
     - A prompt is one of the verbs
         tell me/us, walk me/us through, talk me/us through, describe, explain, write,
         design, implement, give me/us, talk about, share, go through, show me/us,
         code, sketch, draw, compare, define, summarise, outline, solve, estimate, list
       (case-insensitive) at the start of a clause -- the start of the turn or after
       . ? ! , ; : -- optionally after discourse markers (so, okay, alright, now, and,
       then, next, um, uh, well, great, cool, first, maybe, just, please, to start, ...)
       and/or a request frame (can/could/would/will you, I'd like you to, I want you
       to, go ahead and, why don't you, let's, try to, ...); "tell me/us", "walk me/us
       through" and "talk me/us through" count anywhere. So "Okay, so walk me through
       how you'd design that" and "Could you describe your role" are prompts, while
       "that's the design part done" is not.
     - Ending like a question covers the '?' that speech-to-text drops. The turn's last
       sentence (split at [.?!] + space) asks when
         * it holds "can/could/would/will/do/did/have/are you" anywhere, except before
           "know" ("hi Hannah can you see my screen");
         * or it opens, after discourse markers, with an auxiliary inversion ("is the
           input sorted"), or with an interrogative: what + auxiliary/kind/about/if/...,
           what + word + modal ("what index would help"), how + auxiliary/many/much/
           long/..., why, which [word] + auxiliary, who + auxiliary -- but not "What I'd
           change is ..." or "Which, with your background, ...";
         * or one of its later clauses (split at , ; : and dashes) opens with why,
           "wh-word [word] auxiliary pronoun" ("how do you", "which one would you"),
           "auxiliary pronoun" ("do you", "is there", "is that right"), what about,
           how about, what if, any questions, anything else.
       E.g. "Mm-hmm. How do you handle it when someone is underperforming." and
       "Last one from my side, why this company" are questions.
This widens the rule "a '?' or an imperative prompt, directly followed by a candidate
turn": on these fixtures that rule finds 152 of the 186 questions (no '?' in
unpunctuated speech-to-text, "why now", a panel member's "Sorry Fatima" between the
question and the answer). `--list-gold` shows what the definition picks.
The gold includes small talk such as "can you hear me okay?" (see --skip-small-talk)
and "do you have any questions for me?"; it excludes acknowledgements ("okay", "got
it"), answers to the candidate's questions and remarks without a question or prompt.

Mode A (labelled)
-----------------
Runs `BIN analyze FIXTURE.txt --format json` and computes
  * questions found: a gold question turn is found when some question point overlaps
    the byte span of the turn's text in the fixture file. A question point is the
    non-empty span of `interviews[].exchanges[].question` or of
    `interviews[].exchanges[].follow_ups[].question`; inferred questions with an empty
    span are not points.
  * points on interviewer turns: points overlapping any interviewer turn / all points.
  * roles right: words of the report's turns whose role equals the gold role of their
    speaker (report `turns[].speaker` -> `speakers[].label` -> roles.json; a turn whose
    label is unknown falls back to the gold turn it overlaps most) / words of all report
    turns.  Words are whitespace-separated words of the turn's span in the file.
    For information the line also gives the number of report turns and the share of
    gold-turn words that lie in some report turn (a reader that drops text would
    otherwise look perfect).

Mode B (stripped)
-----------------
All turn texts (whitespace collapsed) are joined with single spaces into one paragraph
with no labels and no newlines; each turn's UTF-8 byte span in that paragraph is kept.
The paragraph is written to a temporary file and `BIN analyze TMP --format json
--input-format plain` is run. Then
  * questions found and points on interviewer turns: as in mode A, on the new spans;
  * roles right by words: every whitespace-separated word of the paragraph has the gold
    role of the turn it belongs to and the predicted role of the report turn whose span
    contains the word's first byte; a word in no report turn, or in a turn whose role is
    "unknown", counts as wrong.

Small talk: a gold question whose every asking sentence is a greeting or an audio or
agenda check ("can you hear me okay?", "sound good?", "ready?", "is this Kyle?") is
marked as small talk. It counts by default; --skip-small-talk leaves such turns out of
the gold questions (points on them still count as on interviewer turns).

By default every question point counts, including those of exchanges of kind
"candidate_question" (as ../shared/eval/score.py does), so a candidate's own question
reported as such is a point off an interviewer turn. --skip-candidate-questions leaves
out the points of candidate_question exchanges that do not touch an interviewer turn
(one that does, e.g. an interviewer's "do you have any questions for me?" opening such
an exchange, still counts and still finds its gold question). Points are counted per
point, not matched one-to-one.

--list-gold only parses the fixtures and prints every interviewer turn, marking gold
questions with Q (q for small talk) and non-questions with -, with word counts and the
interviewer's share of the words: use it to check a new fixture.

--baseline computes the mode B numbers without the binary, for the naive rule: split
the paragraph into sentences at [.?!] followed by whitespace; a sentence ending in '?'
is an interviewer question point and interviewer's; every other sentence is the
candidate's.

Output: one line per fixture per mode, then a micro-averaged totals line per mode.
--verbose lists each missed gold question and each point not on an interviewer turn
(first 80 characters). Exit status: 0 ok, 1 a total is below a --min-* threshold,
2 usage error, unreadable fixture, missing binary, or the binary failed.
"""
import argparse
import bisect
import json
import os
import re
import signal
import subprocess
import sys
import tempfile

PROMPT_VERB = (
    r"(?:tell (?:me|us)|walk (?:me|us) through|talk (?:me|us) through|describe|explain"
    r"|write|design|implement|give (?:me|us)|talk about|share|go through|show (?:me|us)"
    r"|code|sketch|draw|compare|define|summari[sz]e|outline|solve|estimate|list)\b"
)
MARKER = (
    r"(?:so|okay|ok|alright|all right|right|now|and|then|next|um|uh|umm|uhh|well|great"
    r"|cool|first|firstly|second|maybe|just|please|yeah|yes|good|perfect|sure|also"
    r"|finally|lastly|actually|hmm|awesome|nice|thanks|thank you|oh|instead|to start"
    r"|to begin|to get started|to kick (?:it|things) off|first of all|for starters)"
)
FRAME = (
    r"(?:(?:can|could|would|will) you(?: please| maybe| just| quickly| briefly| now)?"
    r"|i'd like you to|i would like you to|i want you to|i'd love (?:for )?you to"
    r"|go ahead and|why don't you|let's|let us|try to|i'd like to hear you|you can"
    r"|do you want to|do you mind if you|if you could|if you can)"
)
PROMPT_RE = re.compile(
    r"(?:^|[.?!,;:]\s+)(?:" + MARKER + r"[,.]?\s+)*(?:" + FRAME + r"\s+)?(?:" + MARKER
    + r"[,.]?\s+)*" + PROMPT_VERB
    + r"|\b(?:tell (?:me|us)|walk (?:me|us) through|talk (?:me|us) through)\b",
    re.IGNORECASE,
)
# "can you ..." anywhere in the last sentence ("hi Hannah can you see my screen"),
# but not the filler "you know"
YOU_INVERSION = re.compile(r"\b(?:can|could|would|will|do|did|have|are)\s+you\b(?!\s+know\b)",
                           re.IGNORECASE)
AUX = r"(?:do|does|did|have|has|had|are|is|was|were|can|could|would|will|should|shall|may|might)"
PRON = r"(?:you|we|i|it|they|there|that|this|he|she|your|the|those|these|anyone|anything)"
WH = r"(?:what|why|how|which|who|when|where)"
# interrogative openings trusted at the start of any clause of the last sentence
INTERROG_STRICT = re.compile(
    r"(?:" + WH + r"(?: \w+)?\s+" + AUX + r"\s+" + PRON
    + r"|(?:do|does|did|have|has|can|could|would|will|should)\s+"
    r"(?:you|we|i|they|he|she|it|there|that|this)"
    r"|(?:is|are|was|were)\s+(?:you|we|they|there|he|she)"
    r"|(?:is|was)\s+(?:that|it|this)\s+(?:right|correct|ok|okay|fair|true|clear|possible"
    r"|enough|so|the case)"
    r"|what about|how about|what if|why not|how come"
    r"|any (?:questions|thoughts|ideas|idea|other|concerns)|anything else)\b",
    re.IGNORECASE)
# an auxiliary inversion with any subject only at the start of the sentence
# ("Is the input sorted" but not "..., is the availability computation")
INVERSION_START = re.compile(AUX + r"\s+" + PRON + r"\b", re.IGNORECASE)
AUXW = AUX
# interrogative openings trusted only at the start of the last sentence
INTERROG_BARE = re.compile(
    r"(?:what(?:'s|\s+(?:" + AUXW + r"|kind|sort|type|about|if|else|made|makes|happened"
    r"|happens|exactly|other|part)\b|\s+\w+\s+(?:would|could|should|can|will|might)\b)"
    r"|how(?:'s|'d|\s+(?:" + AUXW + r"|many|much|long|often|big|far|come|about|else"
    r"|exactly|well|fast)\b)"
    r"|why\b|which(?:\s+\w+)?\s+" + AUXW + r"\b|who(?:'s|\s+(?:" + AUXW + r"|else)\b))",
    re.IGNORECASE)
MARKERS_RE = re.compile(r"^(?:(?:" + MARKER + r"|like|mm-hmm|got it|i see)[,.]?\s+)*",
                        re.IGNORECASE)
SENTENCE_END = re.compile(r"(?<=[.?!])\s+")
# greetings, audio checks and agenda checks ("can you hear me okay?", "sound good?")
SMALL_TALK = re.compile(
    r"\b(?:hear (?:me|us)|see (?:me|my screen|my face|the (?:shared )?(?:editor|screen))"
    r"|sounds? (?:good|okay|ok|alright|fine)|ready|how's it going|how are you|how's your day"
    r"|how is your day|are you there|you there|hello|is (?:this|it) (?-i:[A-Z])\w*"
    r"|(?:does|did) that make sense)\b"
    r"|^\W*(?:\w+\W+)?(?:okay|ok|cool|alright|all right|right|good|yeah)\W*$"
    r"|^\W*(?:hi|hey|hello)\W+(?-i:[A-Z])\w*\W*$",
    re.IGNORECASE)
LABEL_RE = re.compile(r"^(?P<name>[^:\n]{1,80}?)\s*:(?:[ \t]+|$)")


class Fail(Exception):
    """A problem the user must fix (exit 2)."""


# --------------------------------------------------------------------------- parsing


def load_roles(txt_path):
    base = txt_path[:-4] if txt_path.endswith(".txt") else txt_path
    path = base + ".roles.json"
    try:
        with open(path, encoding="utf-8") as f:
            roles = json.load(f)
    except OSError as e:
        raise Fail(f"{txt_path}: cannot read roles sidecar {path}: {e.strerror}")
    except json.JSONDecodeError as e:
        raise Fail(f"{path}: not valid JSON: {e}")
    cand = roles.get("candidate")
    ivs = roles.get("interviewers")
    if not isinstance(cand, str) or not isinstance(ivs, list) or not ivs:
        raise Fail(f'{path}: expected {{"candidate": "Name", "interviewers": ["Name", ...]}}')
    out = {cand: "candidate"}
    for name in ivs:
        if name == cand:
            raise Fail(f"{path}: {name!r} is both candidate and interviewer")
        out[name] = "interviewer"
    return out


def parse_fixture(path):
    """Return (raw bytes, roles, turns); turn spans are byte offsets of the text."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise Fail(f"cannot read {path}: {e.strerror}")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise Fail(f"{path}: not UTF-8: {e}")
    roles = load_roles(path)
    turns = []
    pos = 0
    for raw_line in data.split(b"\n"):
        line_start = pos
        pos += len(raw_line) + 1
        line = raw_line.rstrip(b"\r")
        text = line.decode("utf-8")
        if not text.strip():
            continue
        m = LABEL_RE.match(text)
        if m and m.group("name").strip() in roles:
            name = m.group("name").strip()
            body_start = line_start + len(text[: m.end()].encode("utf-8"))
            body = text[m.end():]
            lead = len(body) - len(body.lstrip())
            body_start += len(body[:lead].encode("utf-8"))
            turn = {"speaker": name, "role": roles[name], "start": body_start,
                    "end": body_start}
            turns.append(turn)
        elif not turns:
            raise Fail(f"{path}: text before the first speaker label: {text[:60]!r}")
        else:
            turn = turns[-1]
            if m and re.fullmatch(r"[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}",
                                  m.group("name").strip()):
                print(f"warning: {path}: {m.group('name')!r} looks like a speaker label "
                      "but is not in the roles sidecar; treated as text", file=sys.stderr)
        stripped = line.rstrip()
        if len(stripped) > 0:
            end = line_start + len(stripped)
            if end > turn["start"]:
                turn["end"] = end
    for t in turns:
        t["text"] = data[t["start"]:t["end"]].decode("utf-8")
    for t in turns:
        if not t["text"].strip():
            raise Fail(f"{path}: empty turn for {t['speaker']}")
    mark_gold(turns)
    return data, roles, turns


def interrogative_ending(text):
    """True when the last sentence opens a clause like a question without a '?'."""
    sents = [x for x in SENTENCE_END.split(text.strip()) if x.strip()]
    if not sents:
        return False
    if YOU_INVERSION.search(sents[-1]):
        return True
    clauses = re.split(r"[,;:]\s+|\s+-+\s+", sents[-1])
    for i, clause in enumerate(clauses):
        rest = MARKERS_RE.sub("", clause.strip())
        if (INTERROG_STRICT.match(rest)
                or (i == 0 and (INTERROG_BARE.match(rest) or INVERSION_START.match(rest)))
                or re.match(r"why\b", rest, re.IGNORECASE)):
            return True
    return False


def is_question_turn(text):
    text = text.replace("\u2019", "'")
    return ("?" in text or PROMPT_RE.search(text.strip()) is not None
            or interrogative_ending(text))


def cue_of(text):
    """The sentence that makes a turn a question (for messages)."""
    sents = SENTENCE_END.split(text.strip())
    for sent in reversed(sents):
        if "?" in sent or PROMPT_RE.search(sent):
            return sent
    return sents[-1]


def is_small_talk(text):
    """A question turn whose every asking sentence is a greeting or an audio/agenda check."""
    text = text.replace("\u2019", "'")
    cues = [x for x in SENTENCE_END.split(text.strip()) if x.strip() and is_question_turn(x)]
    if not cues:
        # the turn asks only through its ending as a whole; judge the last sentence
        cues = [SENTENCE_END.split(text.strip())[-1]]
    return all(SMALL_TALK.search(c) for c in cues)


def mark_gold(turns):
    asks = [t["role"] == "interviewer" and is_question_turn(t["text"]) for t in turns]
    for i, t in enumerate(turns):
        t["gold"] = False
        if not asks[i]:
            continue
        # the candidate must answer next; other interviewers may chip in first
        # ("Sorry Fatima." / "No, go ahead.") as long as they do not ask something
        for j in range(i + 1, len(turns)):
            if turns[j]["role"] == "candidate":
                t["gold"] = True
                t["small_talk"] = is_small_talk(t["text"])
                break
            if asks[j]:
                break


def strip_labels(turns):
    """One paragraph of all turn texts; returns (bytes, spans aligned with turns)."""
    parts, spans, pos = [], [], 0
    for t in turns:
        piece = " ".join(t["text"].split()).encode("utf-8")
        if parts:
            pos += 1
        spans.append((pos, pos + len(piece)))
        parts.append(piece)
        pos += len(piece)
    return b" ".join(parts), spans


# --------------------------------------------------------------------------- report


def run_binary(binary, path, plain):
    cmd = [binary, "analyze", path, "--format", "json"]
    if plain:
        cmd += ["--input-format", "plain"]
    if not (os.path.isfile(binary) and os.access(binary, os.X_OK)):
        raise Fail(f"debrief binary not found or not executable: {binary}\n"
                   "  build it with `cargo build --release` or pass --bin PATH")
    try:
        proc = subprocess.run(cmd, capture_output=True, timeout=300)
    except subprocess.TimeoutExpired:
        raise Fail(f"timed out after 300 s: {' '.join(cmd)}")
    except OSError as e:
        raise Fail(f"cannot run {binary}: {e}")
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip()
        raise Fail(f"`{' '.join(cmd)}` exited with status {proc.returncode}"
                   + (f":\n  {err[:2000]}" if err else " and printed nothing on stderr"))
    try:
        return json.loads(proc.stdout)
    except json.JSONDecodeError as e:
        head = proc.stdout[:200].decode("utf-8", "replace")
        raise Fail(f"`{' '.join(cmd)}` did not print JSON ({e}); output starts {head!r}")


def span_of(obj):
    sp = (obj or {}).get("span")
    if isinstance(sp, (list, tuple)) and len(sp) == 2 and all(isinstance(x, int) for x in sp):
        return sp[0], sp[1]
    return None


def report_points(report):
    """Non-empty question spans: (start, end, kind, where)."""
    points = []
    for iv in report.get("interviews") or []:
        for ex in iv.get("exchanges") or []:
            kind = ex.get("kind")
            sp = span_of(ex.get("question"))
            if sp and sp[1] > sp[0]:
                points.append((sp[0], sp[1], kind, f"exchange {ex.get('id')}"))
            for fu in ex.get("follow_ups") or []:
                sp = span_of(fu.get("question"))
                if sp and sp[1] > sp[0]:
                    points.append((sp[0], sp[1], kind, f"follow-up of {ex.get('id')}"))
    return points


def report_turns(report):
    labels = {s.get("id"): s.get("label") for s in report.get("speakers") or []}
    out = []
    for t in report.get("turns") or []:
        sp = span_of(t)
        if not sp:
            continue
        out.append({"start": sp[0], "end": sp[1], "role": t.get("role"),
                    "label": labels.get(t.get("speaker"))})
    return out


# --------------------------------------------------------------------------- metrics


def overlaps(a0, a1, b0, b1):
    return a0 < b1 and a1 > b0


def snippet(data, start, end, n=80):
    s = " ".join(data[start:end].decode("utf-8", "replace").split())
    return s if len(s) <= n else s[:n - 1] + "\u2026"


def question_metrics(data, spans, turns, points, skip_small_talk=False,
                     skip_candidate_questions=False):
    """spans[i] is the span of turns[i] in `data`."""
    if skip_candidate_questions:
        iv_spans = [sp for sp, t in zip(spans, turns) if t["role"] == "interviewer"]
        points = [p for p in points if p[2] != "candidate_question"
                  or any(overlaps(p[0], p[1], s, e) for s, e in iv_spans)]
    found, missed, n_gold = 0, [], 0
    for (s, e), t in zip(spans, turns):
        if not t["gold"] or (skip_small_talk and t.get("small_talk")):
            continue
        n_gold += 1
        if any(overlaps(p0, p1, s, e) for p0, p1, _, _ in points):
            found += 1
        else:
            missed.append((s, e, t))
    on_iv, false = 0, []
    for p in points:
        hit = [t for (s, e), t in zip(spans, turns) if overlaps(p[0], p[1], s, e)]
        if any(t["role"] == "interviewer" for t in hit):
            on_iv += 1
        else:
            false.append((p, hit))
    return {"found": found, "gold": n_gold, "on_iv": on_iv, "points": len(points),
            "missed": missed, "false": false}


def roles_labelled(data, spans, turns, rturns, roles):
    right = total = 0
    wrong = []
    for rt in rturns:
        words = len(data[rt["start"]:rt["end"]].split())
        gold = roles.get(rt["label"]) if rt["label"] else None
        if gold is None:
            best = max(((min(e, rt["end"]) - max(s, rt["start"]), t["role"])
                        for (s, e), t in zip(spans, turns)), default=(0, None))
            gold = best[1] if best[0] > 0 else None
        total += words
        if gold is not None and rt["role"] == gold:
            right += words
        else:
            wrong.append((rt, gold, words))
    return {"right": right, "words": total, "wrong": wrong}


def coverage(data, spans, rturns):
    """Words of gold turns whose first byte lies in some report turn."""
    covered = total = 0
    for s, e in spans:
        for m in re.finditer(rb"\S+", data[s:e]):
            total += 1
            at = s + m.start()
            if any(r["start"] <= at < r["end"] for r in rturns):
                covered += 1
    return covered, total


def roles_by_words(data, spans, turns, rturns):
    rt_sorted = sorted(rturns, key=lambda r: r["start"])
    starts = [r["start"] for r in rt_sorted]
    gstarts = [s for s, _ in spans]
    right = total = 0
    wrong_runs = []  # (gold role, predicted role, first byte, last byte, words)
    for m in re.finditer(rb"\S+", data):
        ws = m.start()
        gi = bisect.bisect_right(gstarts, ws) - 1
        gold = turns[gi]["role"] if gi >= 0 and ws < spans[gi][1] else None
        ri = bisect.bisect_right(starts, ws) - 1
        pred = None
        # report turns may overlap; take the last one starting at or before ws that holds it
        while ri >= 0:
            if ws < rt_sorted[ri]["end"]:
                pred = rt_sorted[ri]["role"]
                break
            ri -= 1
        total += 1
        if gold is not None and pred == gold:
            right += 1
        else:
            if wrong_runs and wrong_runs[-1][0] == gold and wrong_runs[-1][1] == pred \
                    and wrong_runs[-1][3] >= ws - 1:
                g, p, a, _, n = wrong_runs[-1]
                wrong_runs[-1] = (g, p, a, m.end(), n + 1)
            else:
                wrong_runs.append((gold, pred, ws, m.end(), 1))
    return {"right": right, "words": total, "wrong": wrong_runs}


def baseline_prediction(data):
    text = data.decode("utf-8")
    rturns, points = [], []
    pos = 0
    for sent in SENTENCE_END.split(text):
        at = text.index(sent, pos)
        pos = at + len(sent)
        s = len(text[:at].encode("utf-8"))
        e = s + len(sent.encode("utf-8"))
        role = "interviewer" if sent.rstrip().endswith("?") else "candidate"
        rturns.append({"start": s, "end": e, "role": role, "label": None})
        if role == "interviewer":
            points.append((s, e, "baseline", "sentence ending in '?'"))
    return rturns, points


# --------------------------------------------------------------------------- output


def pct(a, b):
    return f"{100.0 * a / b:.1f}%" if b else "n/a"


def line(mode, name, q, r):
    return (f"{mode} {name}: questions found {q['found']}/{q['gold']} ({pct(q['found'], q['gold'])})"
            f"  points on interviewer turns {q['on_iv']}/{q['points']} ({pct(q['on_iv'], q['points'])})"
            f"  role words right {r['right']}/{r['words']} ({pct(r['right'], r['words'])})")


def verbose_details(data, q, r, mode, spans_by_id=None):
    out = []
    for s, e, t in q["missed"]:
        text = snippet(data, s, e)
        cue = " ".join(cue_of(t["text"]).split())
        extra = "" if cue[:60] in " ".join(t["text"].split())[:80] else f"  [cue: {cue[:80]}]"
        tag = ", small talk" if t.get("small_talk") else ""
        out.append(f"    missed question ({t['speaker']}{tag}, bytes {s}..{e}): {text}{extra}")
    for (p0, p1, kind, where), hit in q["false"]:
        on = ", ".join(sorted({f"{t['speaker']}/{t['role']}" for t in hit})) or "no turn"
        out.append(f"    false point ({where}, kind {kind}, on {on}, bytes {p0}..{p1}): "
                   f"{snippet(data, p0, p1)}")
    if mode == "A":
        for rt, gold, words in r["wrong"]:
            out.append(f"    role wrong ({words} words, said {rt['role']}, gold {gold}, "
                       f"label {rt['label']!r}): {snippet(data, rt['start'], rt['end'])}")
    else:
        for gold, pred, a, b, n in r["wrong"]:
            out.append(f"    role wrong ({n} words, said {pred}, gold {gold}, bytes {a}..{b}): "
                       f"{snippet(data, a, b)}")
    return out


def main(argv=None):
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` should not traceback
    ap = argparse.ArgumentParser(
        description="Question finding and role attribution of debrief on labelled fixtures "
                    "(see the module docstring for the exact definitions).")
    ap.add_argument("fixtures", nargs="+", metavar="FIXTURE.txt")
    ap.add_argument("--bin", default="target/release/debrief", help="debrief binary")
    ap.add_argument("--verbose", action="store_true",
                    help="list missed questions, false points and wrong roles")
    ap.add_argument("--baseline", action="store_true",
                    help="mode B numbers of the naive '?'-sentence rule; no binary")
    ap.add_argument("--skip-candidate-questions", action="store_true",
                    help="do not count points of candidate_question exchanges that lie "
                         "only on candidate turns")
    ap.add_argument("--skip-small-talk", action="store_true",
                    help="leave greetings and audio/agenda checks out of the gold questions")
    ap.add_argument("--list-gold", action="store_true",
                    help="only parse the fixtures and list their turns and gold questions")
    ap.add_argument("--dump-stripped", metavar="DIR",
                    help="also write each stripped paragraph to DIR/NAME.plain.txt")
    for flag in ("a-found", "a-roles", "a-precision", "b-found", "b-precision", "b-roles"):
        ap.add_argument(f"--min-{flag}", type=float, default=None, metavar="R")
    args = ap.parse_args(argv)

    totals = {m: {"found": 0, "gold": 0, "on_iv": 0, "points": 0, "right": 0, "words": 0}
              for m in ("A", "B")}
    modes = ["B"] if args.baseline else ["A", "B"]
    try:
        for path in args.fixtures:
            name = os.path.basename(path)[:-4] if path.endswith(".txt") else os.path.basename(path)
            data, roles, turns = parse_fixture(path)
            spans = [(t["start"], t["end"]) for t in turns]
            if args.list_gold:
                list_gold(name, data, turns)
                continue
            if "A" in modes:
                report = run_binary(args.bin, path, plain=False)
                points = report_points(report)
                rturns = report_turns(report)
                q = question_metrics(data, spans, turns, points, args.skip_small_talk,
                                     args.skip_candidate_questions)
                r = roles_labelled(data, spans, turns, rturns, roles)
                cov, words = coverage(data, spans, rturns)
                print(line("A", name, q, r) + f"  turns {len(rturns)} (gold {len(turns)})"
                      f"  gold words in report turns {pct(cov, words)}")
                if args.verbose:
                    print("\n".join(verbose_details(data, q, r, "A")) or "    (nothing wrong)")
                add(totals["A"], q, r)
            plain, pspans = strip_labels(turns)
            if args.dump_stripped:
                os.makedirs(args.dump_stripped, exist_ok=True)
                with open(os.path.join(args.dump_stripped, name + ".plain.txt"), "wb") as f:
                    f.write(plain)
            if args.baseline:
                rturns, points = baseline_prediction(plain)
            else:
                fd, tmp = tempfile.mkstemp(prefix=f"debrief-{name}-", suffix=".txt")
                try:
                    with os.fdopen(fd, "wb") as f:
                        f.write(plain)
                    report = run_binary(args.bin, tmp, plain=True)
                finally:
                    os.unlink(tmp)
                points = report_points(report)
                rturns = report_turns(report)
            q = question_metrics(plain, pspans, turns, points, args.skip_small_talk,
                                 args.skip_candidate_questions)
            r = roles_by_words(plain, pspans, turns, rturns)
            print(line("B", name, q, r) + (" [baseline]" if args.baseline else ""))
            if args.verbose:
                print("\n".join(verbose_details(plain, q, r, "B")) or "    (nothing wrong)")
            add(totals["B"], q, r)
    except Fail as e:
        print(f"error: {e}", file=sys.stderr)
        return 2

    if args.list_gold:
        return 0
    failed = []
    for m in modes:
        t = totals[m]
        tag = " [baseline]" if args.baseline else ""
        print(f"TOTAL {m}{tag}: questions found {t['found']}/{t['gold']} ({pct(t['found'], t['gold'])})"
              f"  points on interviewer turns {t['on_iv']}/{t['points']} ({pct(t['on_iv'], t['points'])})"
              f"  role words right {t['right']}/{t['words']} ({pct(t['right'], t['words'])})")
        checks = {"found": ("found", "gold"), "precision": ("on_iv", "points"),
                  "roles": ("right", "words")}
        for key, (num, den) in checks.items():
            minimum = getattr(args, f"min_{m.lower()}_{key}")
            if minimum is None:
                continue
            value = t[num] / t[den] if t[den] else 0.0
            if value < minimum:
                failed.append(f"{m} {key} {value:.3f} < {minimum}")
    if failed:
        print("FAILED: " + "; ".join(failed))
        return 1
    return 0


def list_gold(name, data, turns):
    words = {"interviewer": 0, "candidate": 0}
    for t in turns:
        words[t["role"]] += len(t["text"].split())
    n_gold = sum(1 for t in turns if t["gold"])
    n_small = sum(1 for t in turns if t["gold"] and t.get("small_talk"))
    total = sum(words.values())
    print(f"{name}: {len(turns)} turns, {total} words ({pct(words['interviewer'], total)} "
          f"interviewer's), {n_gold} gold questions ({n_small} small talk, marked q)")
    for i, t in enumerate(turns):
        if t["role"] != "interviewer":
            continue
        mark = ("q" if t.get("small_talk") else "Q") if t["gold"] else "-"
        cue = " ".join(cue_of(t["text"]).split()) if t["gold"] else " ".join(t["text"].split())
        print(f"  {mark} {i:3d} {t['speaker']}: {cue[:100]}")


def add(total, q, r):
    for k in ("found", "gold", "on_iv", "points"):
        total[k] += q[k]
    total["right"] += r["right"]
    total["words"] += r["words"]


if __name__ == "__main__":
    sys.exit(main())
