"""Where `find_statements` spends its CPU: exclusive CPU time per stage, one pass over the 5,811
full-text articles in a fresh process (caches cold, as in a build), pinned to one core.

    .venv/bin/python -m bench.statement_stages [--profile OUT.prof] [--parts 8 --part N]
    valgrind --tool=callgrind --collect-atstart=no --toggle-collect=functools_reduce \
        .venv/bin/python -m bench.statement_stages --instructions --parts 4

Each stage is a function of `index.extract.statements` (or the speakers' links) wrapped in a
CPU timer for this run only; a stage's time excludes the stages it calls, so the rows add up to
the whole. The officials' office mentions are read first, as `make_article` does, outside the
timers. With `--profile`, cProfile over the same pass instead (it inflates Python code against
C: read its proportions, not its times). With `--parts`/`--part`, only every part-th article
(paired runs of two branches in turn read the same articles). With `--instructions`, the pass
without timers inside one `functools.reduce`, so that callgrind counts the instructions of that
pass alone (a count the machine's load does not move).
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import os
import sys
import time
from collections import defaultdict
from collections.abc import Callable

from bench.extraction import CORPUS, FULL_TEXT, read_drafts
from index.extract.officials import extract_officials, load_lexicon
from index.extract.officials.office_mentions import mentions

_spent: dict[str, float] = defaultdict(float)
_stack: list[float] = []  # the time the stages called by each running stage took


def _timed(name: str, function: Callable) -> Callable:
    def wrapper(*args, **kwargs):
        _stack.append(0.0)
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            took = time.process_time() - started
            inner = _stack.pop()
            _spent[name] += took - inner
            if _stack:
                _stack[-1] += took
    return wrapper


# (module, attribute, stage): a function replaced in every module named that imports it
STAGES = [
    ("index.extract.statements", "find_statements", "find_statements (the rest)"),
    ("index.extract.statements.quotes", "find_quotes", "find_quotes"),
    ("index.extract.statements.people", "People.__init__", "People.__init__"),
    ("index.extract.statements.direct", "quoted_statements", "quoted_statements (the rest)"),
    ("index.extract.statements.reported", "reported_statements",
     "reported_statements (the rest: cue scan, sentences, spans)"),
    ("index.extract.statements.speakers", "speaker_before", "speaker_before"),
    ("index.extract.statements.speakers", "speaker_after", "speaker_after"),
    ("index.extract.statements.reported", "_says", "_says (a verb's object)"),
    ("index.extract.statements.people", "People.add", "People.add"),
    ("index.extract.statements.people", "People.add_subjects", "People.add_subjects"),
    ("index.extract.statements.people", "People.finish", "People.finish"),
    ("index.extract.statements", "_resolved", "_resolved"),
    ("index.extract.statements", "_one_form", "_one_form"),
    ("index.extract.speakers", "linked_statements", "linked_statements"),
]
USERS = {  # where a function is imported by name, and so must be replaced too
    "speaker_before": ["index.extract.statements.reported"],
    "speaker_after": ["index.extract.statements.reported", "index.extract.statements.direct"],
    "find_quotes": ["index.extract.statements"],
    "quoted_statements": ["index.extract.statements"],
    "reported_statements": ["index.extract.statements"],
}


def _install() -> None:
    import importlib
    for module_name, attribute, stage in STAGES:
        module = importlib.import_module(module_name)
        if "." in attribute:
            owner_name, method = attribute.split(".")
            owner = getattr(module, owner_name)
            setattr(owner, method, _timed(stage, getattr(owner, method)))
            continue
        wrapped = _timed(stage, getattr(module, attribute))
        setattr(module, attribute, wrapped)
        for user in USERS.get(attribute, []):
            setattr(importlib.import_module(user), attribute, wrapped)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", help="write cProfile's statistics here instead")
    parser.add_argument("--parts", type=int, default=1)
    parser.add_argument("--part", type=int, default=0)
    parser.add_argument("--instructions", action="store_true",
                        help="the pass alone inside functools.reduce, for callgrind")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    drafts = [d for name in FULL_TEXT for d in read_drafts(CORPUS / name)]
    drafts = drafts[args.part::args.parts]
    lexicon = load_lexicon()
    prepared = []
    for draft in drafts:  # the officials as make_article reads them, outside the timers
        office_mentions = list(mentions(draft.body, lexicon))
        officials = extract_officials(draft.title, draft.body, office_mentions)
        prepared.append((draft, office_mentions, officials))
    from index.extract import speakers, statements
    if args.instructions:
        def one(found: int, item: tuple) -> int:
            draft, office_mentions, officials = item
            statements_found = statements.find_statements(draft.body, office_mentions, draft.title)
            return found + len(speakers.linked_statements(statements_found, officials))
        print(f"{len(prepared):,} articles, {functools.reduce(one, prepared, 0):,} statements")
        return 0
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        for draft, office_mentions, officials in prepared:
            found = statements.find_statements(draft.body, office_mentions, draft.title)
            speakers.linked_statements(found, officials)
        profile.disable()
        profile.dump_stats(args.profile)
        print(f"{len(prepared):,} articles -> {args.profile}")
        return 0
    _install()
    started = time.process_time()
    for draft, office_mentions, officials in prepared:
        found = statements.find_statements(draft.body, office_mentions, draft.title)
        speakers.linked_statements(found, officials)
    whole = time.process_time() - started
    count = max(len(prepared), 1)
    print(f"{len(prepared):,} articles, {whole / count * 1000:.3f} ms CPU each "
          f"(timers included), load {os.getloadavg()[0]:.1f}")
    print("| stage | ms an article | share |\n| --- | --- | --- |")
    total = sum(_spent.values())
    for stage, seconds in sorted(_spent.items(), key=lambda item: -item[1]):
        print(f"| {stage} | {seconds / count * 1000:.3f} | {seconds / total:.0%} |")
    print(f"| all | {total / count * 1000:.3f} | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
