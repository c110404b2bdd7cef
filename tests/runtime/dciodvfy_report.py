"""``python -m tests.runtime.dciodvfy_report``: dicomodel validate against dciodvfy, in Markdown.

Prints the agreement figures on pydicom's test corpus, the dciodvfy 1C/2C
findings per IOD and attribute with how dicomodel names them, the differences
(missed, dicomodel-only), the files dicomodel does not read, and the catalogue of
dciodvfy message forms seen with a count and an example each.
"""

from __future__ import annotations

import argparse
from collections import Counter

from tests.runtime.dciodvfy import Kind, Message
from tests.runtime.dciodvfy_compare import KNOWN_DIFFERENCES, Corpus, compare_corpus


def _findings_table(corpus: Corpus) -> str:
    counts = Counter(
        (comparison.iod, keyword, state)
        for comparison in corpus.comparisons
        for keyword, state in comparison.named.items()
    )
    lines = ["| dciodvfy IOD | attribute | dicomodel | files |", "|---|---|---|---:|"]
    lines += [
        f"| {iod} | {keyword} | {state} | {count} |"
        for (iod, keyword, state), count in sorted(counts.items())
    ]
    return "\n".join(lines) + "\n"


def _differences(corpus: Corpus) -> str:
    lines = []
    for comparison in corpus.comparisons:
        if comparison.missed:
            lines.append(f"- missed in `{comparison.file}` ({comparison.iod}): {comparison.missed}")
    for (iod, keyword), reason in sorted(KNOWN_DIFFERENCES.items()):
        lines.append(f"- known, {iod} {keyword}: {reason}")
    for comparison in corpus.comparisons:
        for finding in comparison.dicomodel_only:
            lines.append(
                f"- dicomodel only, `{comparison.file}` ({comparison.iod}): "
                f"{finding['path']} {finding['tag']}: {finding['message']}"
            )
    for name, reason in sorted(corpus.unreadable.items()):
        lines.append(f"- dciodvfy reads, dicomodel does not: `{name}`: {reason}")
    return "\n".join(lines or ["- none"]) + "\n"


def _catalogue(corpus: Corpus) -> str:
    seen: dict[Kind, list[Message]] = {}
    for verdict in corpus.verdicts:
        for message in verdict.messages:
            seen.setdefault(message.kind, []).append(message)
    lines = ["| kind | messages | files | example |", "|---|---:|---:|---|"]
    for kind in Kind:
        messages = seen.get(kind, [])
        files = sum(any(m.kind is kind for m in v.messages) for v in corpus.verdicts)
        example = f"`{messages[0].severity} - {messages[0].text[:110]}`" if messages else ""
        lines.append(f"| {kind} | {len(messages)} | {files} | {example} |")
    return "\n".join(lines) + "\n"


def report(corpus: Corpus) -> str:
    """The whole report, in Markdown."""
    return "\n".join(
        [
            "### dicomodel validate and dciodvfy on pydicom's test corpus\n",
            corpus.figures().markdown(),
            "#### dciodvfy `Missing attribute Type 1C/2C Conditional`, by IOD and attribute\n",
            _findings_table(corpus),
            "#### Differences\n",
            _differences(corpus),
            "#### dciodvfy message forms seen\n",
            _catalogue(corpus),
        ]
    )


def main() -> int:
    """Print the report."""
    parser = argparse.ArgumentParser(prog="python -m tests.runtime.dciodvfy_report")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    print(report(compare_corpus(args.jobs)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
