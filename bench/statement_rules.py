"""Which of the statements' rules run, and how often each decides: every line of the functions
named, with how many times it ran and how many times the function returned there, over
`find_statements` on the full-text articles (every `--every`th; the officials read first, as
`make_article` reads them, outside the count).

    .venv/bin/python -m bench.statement_rules index.extract.statements.speakers:speaker_after \
        [MODULE:FUNCTION ...] [--every 2]

A rule run at every cue that decides at few of them (a line run often, the return after it
rarely) is one to test with a cheaper look first, or to run later. The count traces lines
(sys.settrace): it is slow and says nothing of time (bench.statement_share --within does).
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import sys
from collections import Counter

from bench.extraction import CORPUS, FULL_TEXT, read_drafts


def _code(spec: str):
    module_name, _, name = spec.partition(":")
    target = importlib.import_module(module_name)
    for part in name.split("."):
        target = getattr(target, part)
    return inspect.unwrap(target).__code__


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("functions", nargs="+", metavar="MODULE:FUNCTION",
                        help="e.g. index.extract.statements.people:People.add_subjects")
    parser.add_argument("--every", type=int, default=1, help="every Nth article only")
    args = parser.parse_args()
    if args.every < 1:
        parser.error("--every must be 1 or more")
    try:
        codes = {_code(spec): spec for spec in args.functions}
    except (ImportError, AttributeError, ValueError) as error:
        parser.error(f"no such function: {error}")
    from index.extract.officials import load_lexicon
    from index.extract.officials.office_mentions import mentions
    from index.extract.statements import find_statements

    lexicon = load_lexicon()
    drafts = [d for name in FULL_TEXT for d in read_drafts(CORPUS / name)][::args.every]
    prepared = [(d, list(mentions(d.body, lexicon))) for d in drafts]
    ran: Counter[tuple] = Counter()
    returned: Counter[tuple] = Counter()

    def local(frame, event, _arg):
        if event == "line":
            ran[frame.f_code, frame.f_lineno] += 1
        elif event == "return":
            returned[frame.f_code, frame.f_lineno] += 1
        return local

    def tracer(frame, _event, _arg):
        return local if frame.f_code in codes else None

    sys.settrace(tracer)
    try:
        for draft, office_mentions in prepared:
            find_statements(draft.body, office_mentions, draft.title)
    finally:
        sys.settrace(None)
    print(f"{len(prepared):,} articles")
    for code, spec in codes.items():
        lines, first = inspect.getsourcelines(code)
        print(f"\n{spec} ({code.co_filename}:{first})\n  ran  returned  line")
        for offset, text in enumerate(lines):
            number = first + offset
            if ran[code, number] or returned[code, number]:
                back = returned[code, number] or ""
                print(f"{ran[code, number]:7,} {back:>9} {number:5}  {text.rstrip()[:80]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
