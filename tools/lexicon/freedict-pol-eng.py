#!/usr/bin/env python3
"""Derives lang/pl/lexicon/pol-eng.tsv from Debian's dict-freedict-pol-eng (FreeDict + WikDict, CC-BY-SA-3.0).

Usage: tools/lexicon/freedict-pol-eng.py [POL_ENG_DICT [ENG_POL_DICT]] > pol-eng.tsv
(defaults /usr/share/dictd/freedict-pol-eng.dict.dz and freedict-eng-pol.dict.dz; the packages: apt-get install
dict-freedict-pol-eng dict-freedict-eng-pol, or apt-get download them and dpkg-deb -x them).

Keeps nouns, adjectives and verbs (the words of data models; verbs for participles such as "opublikowany"): one line per Polish headword, its part of speech and the
English translations of its senses in dictionary order (senses separated by ';', items by ','), and, for a noun, the
back-check from the English-Polish dictionary (Piotrowski & Saloni, 16,000 common English headwords): each English item
that is a noun headword there, with the number of its first sense giving the Polish headword back (0 the first), or 'x'
when none does, as "booking:0,reservation:1,voice:x". Wiktionary lists rare senses first ("typ": phylum; type); the back-check says which English
word is the common one for the Polish ("phylum" is no headword of the common dictionary, "type" gives "typ").
Output is sorted, so the same dictionaries give the same file.
"""
import gzip
import re
import sys

HEADER = re.compile(r"^(\S[^/<]*?)\s+(?:/.*/\s+)?<(n|adj|v)>$")
ANY_HEADER = re.compile(r"^\S[^/<]*?\s+(?:/.*/\s+)?<[a-z]+>$")
SENSE = re.compile(r"^(?:(\d+)\.\s+)?(.*?)(?:\s+\d+\.)?$")
ASCII_WORDS = re.compile(r"^[A-Za-z][A-Za-z' -]*$")


ENG_HEAD = re.compile(r"^([A-Za-z][A-Za-z' .-]*?)\s*(?:/[^/]*/)?\s*(<[^>]*>)?\s*$")


def english_nouns(path):
    """English noun headword -> {Polish item: number of its first noun sense giving it (0 the first)}, from the
    English-Polish dictionary."""
    opener = gzip.open if path.endswith(".dz") or path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        lines = f.read().splitlines()
    out = {}
    word, pos, sense = None, None, -1
    for line in lines:
        if not line or line[0].isspace() or re.match(r"^[IVX]+\.\s", line):
            if word is None:
                continue
            t = line.strip()
            part = re.match(r"^[IVX]+\.\s+<([A-Za-z]+)[^>]*>\s*(.*)$", t)
            if part:
                pos, t = part.group(1), part.group(2)
            numbered = re.match(r"^(\d+)\.\s+(.*)$", t)
            if numbered:
                t = numbered.group(2)
            if pos != "N" or not t or t.startswith("-") or ":" in t or '"' in t:
                continue
            if part or numbered or sense < 0:
                sense += 1
            t = re.sub(r"\[[^\]]*\]|\([^)]*\)|\*[^*]*\*", " ", t)
            for item in t.split(","):
                item = item.strip().lower()
                if item and re.match(r"^[a-ząćęłńóśźż -]+$", item):
                    out.setdefault(word, {}).setdefault(item, sense)
            continue
        m = ENG_HEAD.match(line)
        if m:
            word, sense = m.group(1).strip().lower(), -1
            pos = re.match(r"<([A-Za-z]+)", m.group(2)).group(1) if m.group(2) else None
        else:
            word = None
    return out


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/dictd/freedict-pol-eng.dict.dz"
    back = english_nouns(sys.argv[2] if len(sys.argv) > 2 else "/usr/share/dictd/freedict-eng-pol.dict.dz")
    opener = gzip.open if path.endswith(".dz") or path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        lines = f.read().splitlines()
    entries = {}
    i = 0
    while i < len(lines):
        m = HEADER.match(lines[i])
        if not m:
            i += 1
            continue
        word, pos = m.group(1).strip().lower(), m.group(2)
        senses = []
        j = i + 1
        first = True
        while j < len(lines) and not ANY_HEADER.match(lines[j]):
            line = lines[j].strip()
            numbered = re.match(r"^\d+\.\s+\S", line)
            if first or numbered:
                s = SENSE.match(line)
                items = [t.strip() for t in s.group(2).split(",")]
                items = [t for t in items if ASCII_WORDS.match(t) and len(t) <= 40]
                if items:
                    senses.append(",".join(items))
            first = False
            j += 1
        if senses and "\t" not in word:
            key = (word, pos)
            entries.setdefault(key, ";".join(senses[:3]))
        i = j
    print("# Polish -> English nouns and adjectives, derived by tools/lexicon/freedict-pol-eng.py from")
    print("# dict-freedict-pol-eng 2022.12.07 (FreeDict pol-eng 2022.11.18, WikDict from Wiktionary via DBnary).")
    print("# and dict-freedict-eng-pol 2022.04.21 (FreeDict eng-pol 0.2, Piotrowski & Saloni), for the back-check column.")
    print("# License: CC-BY-SA-3.0 (see LICENSE beside this file). Columns: polish, pos, senses (';') of items (','),")
    print("# for nouns the items that are English-Polish noun headwords (item:sense giving the Polish back, or x).")
    for (word, pos), senses in sorted(entries.items()):
        checked = []
        if pos == "n":
            for item in dict.fromkeys(i.strip().lower() for s in senses.split(";") for i in s.split(",")):
                if item in back:
                    rank = back[item].get(word)
                    checked.append(f"{item}:{'x' if rank is None else rank}")
        print(f"{word}\t{pos}\t{senses}" + ("\t" + ",".join(checked) if checked else ""))


if __name__ == "__main__":
    main()

