#!/usr/bin/env python3
"""Build data/lexicon/ar-words.txt (readable) and ar-words.bin (front-coded,
embedded by src/lexicon.rs): the Arabic word list that src/clitics.rs uses.

    python3 -m pip install wordfreq==3.1.1
    python3 scripts/generate/build-lexicon.py [--size 20000] [--out data/lexicon/ar-words.txt]

Source: wordfreq 3.1.1 (Robyn Speer et al.), Arabic "large" list; CC BY-SA 4.0.
The output is deterministic for a given wordfreq version and size.

Steps:
1. Take wordfreq's Arabic words in frequency order, keep those made only of
   Arabic letters, and normalize them the way src/clitics.rs normalizes its
   lookup keys: drop diacritics, tatweel, ZWNJ/ZWJ (letters are not folded,
   so واحد stays distinct from وأحد). Forms that coincide keep the rank of the
   most frequent one.
2. Prune forms that themselves split into clitics: a word such as وكان or
   بالنسبة is dropped when removing prefix clitics (و ف ب ل ك س, لل = ل+ال)
   and/or a pronoun suffix leaves a stem that is itself frequent enough:
   within a margin of the whole form's frequency that depends on the clitic
   (see prefix_slack and the --*-slack options; the defaults are the shipped
   settings). 2-letter stems must be in SHORT_STEMS. What remains is a
   set of "whole" words: the segmenter keeps a word whole when it is in the
   set and otherwise looks for a split whose stem is in the set.
3. Keep the SIZE most frequent survivors, sort them (Unicode code point order,
   which equals UTF-8 byte order) and write one per line; write the same list
   front-coded to ar-words.bin (see front_code).
"""

import argparse
import os
import re
import sys

WORDFREQ_VERSION = "3.1.1"

ARABIC_WORD = re.compile(r"^[\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06FA-\u06FF]+$")
MARKS = re.compile("[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200c\u200d]")

# Function words that look like clitic + word but are single words (كما is
# not ك+ما, لكن is not ل+كن). Kept whole whatever the frequencies say.
NEVER_SPLIT = """
كما لكن لكي كي بل ليس ليست لقد بينما كذلك لدى لعل كأن فقط فوق فحسب فورا
ذلك تلك ذاك هناك هنالك أولئك أولائك بكين
""".split()

PREFIXES = ["و", "ف"]
PREPS = ["ب", "ل", "ك"]
def read_list(name):
    """A list of data/clitics/ (the segmenter's own copy: src/clitics.rs embeds the same file)."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "clitics", name)
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


# Pronoun suffixes, longest first.
SUFFIXES = read_list("pronoun-suffixes.txt")
IMPERFECT = set("يتنا")


def norm(w):
    # Hamza and alef maqsura are kept: واحد is one word, وأحد is و+أحد.
    return MARKS.sub("", w)


def prefix_splits(w):
    """(prefix, stem) pairs with at least one prefix clitic; the stem is the
    lookup form (لل restores the article)."""
    out = []
    for c in [""] + PREFIXES:
        if c and not w.startswith(c):
            continue
        r = w[len(c):]
        if c:
            out.append((c, r))
        for p in PREPS:
            if r.startswith(p):
                out.append((c + p, r[1:]))
        if r.startswith("لل"):
            out.append((c + "ل", "ا" + r[1:]))
        if r.startswith("س") and len(r) > 1 and r[1] in IMPERFECT:
            out.append((c + "س", r[1:]))
    return out


def stem_variants(s):
    """Lookup forms of a stem left by a pronoun suffix."""
    v = []
    if s.endswith("ت"):
        v.append(s[:-1] + "ة")
    if s.endswith("\u0627"):  # مستوا+ه -> مستوى
        v.append(s[:-1] + "\u0649")
    if s.endswith("\u064A"):  # علي+ه -> على, إلي+ه -> إلى
        v.append(s[:-1] + "\u0649")
    if s.endswith("ؤ") or s.endswith("ئ"):
        v.append(s[:-1] + "ء")
    return v + [s]


def splits(w):
    """Every (stem lookup form, has_prefix, suffix) analysis of w with a clitic."""
    heads = [("", w)] + prefix_splits(w)
    out = []
    for pre, rest in heads:
        if pre:
            out.append((rest, pre, ""))
        for suf in SUFFIXES:
            if rest.endswith(suf) and len(rest) > len(suf):
                stem = rest[: -len(suf)]
                if stem.startswith("ال"):
                    continue  # a pronoun never follows the article
                for s in stem_variants(stem):
                    out.append((s, pre, suf))
    return out


# Two-letter words that may stand as the stem after a clitic (و+ما, ب+أن);
# any other two-letter remainder is treated as part of the word (بات, بدا).
SHORT_STEMS = set(read_list("short-stems.txt"))


def hamza_dropped(stem, bucket):
    """Whether a stem written with a bare initial alef is mostly a spelling
    of a word with أ or إ (احد for أحد)."""
    b = bucket.get(stem, 10**6)
    return any(bucket.get(h + stem[1:], 10**6) < b - 30 for h in "أإ")


def prefix_slack(pre, stem, bucket, args):
    """How much rarer than the whole word a stem may be, after prefixes.

    The typical ratio freq(clitic + X) / freq(X) differs by clitic, so the
    bar does too: ف and ك rarely attach compared with how many words begin
    with those letters (فكرة, كلا), و a little more often, while ب and ل
    form frequent fixed phrases (بشكل, بسبب, لذلك) that are still split.
    """
    if stem.startswith("ال") and len(stem) >= 4:
        return 10**6  # بال، وال، لل: the article marks a real split
    if stem[0] == "ا" and hamza_dropped(stem, bucket):
        # احد is mostly أحد written without its hamza, so واحد is "one",
        # not و+أحد (which is written وأحد); اسم has no hamza to drop, so
        # باسم is ب+اسم.
        return -50
    if "ك" in pre:
        return -130
    if len(stem) == 2:
        return 50  # و+هو, ف+إن, ب+أن: closed-class stems
    if stem[0] in "أإآ":
        return args.prefix_slack  # hardly any word begins وأ, فأ: وأضاف
    by_clitic = {"و": -40, "ف": -70, "س": 0}
    return min(by_clitic.get(c, args.prefix_slack) for c in pre)


def splits_off(w, bucket, args):
    """Whether w is better read as clitic(s) + a stem (so it is not listed).

    Frequencies are wordfreq buckets (centibels below 1, smaller = more
    frequent); a slack of S lets the stem be S centibels rarer than w.
    """
    b = bucket[w]
    for pre, rest in prefix_splits(w):
        # preposition + bare pronoun: له لها بهم لنا لي ...
        if pre[-1:] in ("ب", "ل") and rest in SUFFIXES and (rest != "ي" or pre[-1:] == "ل"):
            return True
    for stem, pre, suf in splits(w):
        sb = bucket.get(stem)
        if sb is None or stem == w:
            continue
        if len(stem) < 2 or (len(stem) == 2 and stem not in SHORT_STEMS):
            continue
        if not suf:
            slack = prefix_slack(pre, stem, bucket, args)
        elif suf == "ي":
            slack = args.yeh_slack  # nisba adjectives (قانوني) end in ي too
        else:
            slack = args.suffix_slack
        if sb <= b + slack:
            return True
    return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=20000)
    ap.add_argument("--prefix-slack", type=int, default=80)
    ap.add_argument("--suffix-slack", type=int, default=20)
    ap.add_argument("--yeh-slack", type=int, default=-200)
    ap.add_argument("--out", default="data/lexicon/ar-words.txt")
    args = ap.parse_args()

    from importlib.metadata import version

    import wordfreq

    if version("wordfreq") != WORDFREQ_VERSION:
        sys.exit(f"need wordfreq=={WORDFREQ_VERSION}, found {version('wordfreq')}")

    # rank: position in wordfreq's list (frequency buckets, each sorted) -> a
    # deterministic order; bucket gives the frequency (centibels below 1).
    bucket = {}
    order = []
    for b, words in enumerate(wordfreq.get_frequency_list("ar", "large")):
        for w in words:
            if not ARABIC_WORD.match(w):
                continue
            n = norm(w)
            if n and n not in bucket:
                bucket[n] = b
                order.append(n)

    keep = []
    never = {norm(w) for w in NEVER_SPLIT}
    for w in order:
        if len(keep) >= args.size:
            break
        if w not in never and len(w) > 1 and splits_off(w, bucket, args):
            continue
        keep.append(w)

    keep.sort()
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for w in keep:
            f.write(w + "\n")
    binary = args.out.rsplit(".", 1)[0] + ".bin"
    with open(binary, "wb") as f:
        f.write(front_code(keep))
    print(f"{len(keep)} words -> {args.out}, {binary}", file=sys.stderr)


def front_code(words):
    """The compact form that src/lexicon.rs embeds.

    Each word (in sorted order) is written as one byte holding the length of
    the prefix it shares with the previous word (in letters), then its
    remaining letters, one byte each (code point - 0x600), then a newline.
    All letters are in U+0620..U+06FF, so letter bytes are >= 0x20 and the
    one-byte code keeps the sort order.
    """
    out = bytearray()
    prev = ""
    for w in words:
        k = 0
        while k < min(len(w), len(prev)) and w[k] == prev[k]:
            k += 1
        assert k < 0x20 and all(0x620 <= ord(c) <= 0x6FF for c in w)
        out.append(k)
        out += bytes(ord(c) - 0x600 for c in w[k:])
        out.append(0x0A)
        prev = w
    return bytes(out)


if __name__ == "__main__":
    main()
