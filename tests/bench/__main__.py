"""``nox -s bench``: measured figures in ``bench/results.json``, ``.md`` and ``.png``.

Every figure comes from fresh interpreters, repeated; min and median are kept.
Serialization figures are paired, in the same run, with pydicom/highdicom doing
the same work, and reported as ratios; ``dicomodel validate`` over a folder is
paired with dciodvfy and a plain ``dcmread`` loop over the same files.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

from tests.bench import generation, imports, packaging, typecheck, validation
from tests.bench.report import write_chart, write_markdown

OUT = Path("bench")
DEFAULT_MIRROR = Path(__file__).resolve().parents[3] / "shared" / "standard" / "dicom"
SUITES = ("imports", "generation", "serialization", "validation", "typecheck")
VALIDATION_FILES = 1000
VALIDATION_FILES_QUICK = 200


def main() -> int:
    """Run the suites, print the Markdown table, write the results."""
    parser = argparse.ArgumentParser(prog="python -m tests.bench")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--mirror", default=os.environ.get("DICOMODEL_MIRROR", str(DEFAULT_MIRROR)))
    parser.add_argument(
        "--quick",
        action="store_true",
        help="skip reading parts and generation; validate 200 files once",
    )
    parser.add_argument("--only", choices=SUITES, action="append", help="run these suites only")
    args = parser.parse_args()
    suites = set(args.only or SUITES)
    results: dict[str, Any] = {}
    if "imports" in suites:
        results.update(imports.imports(args.repeats))
    if "generation" in suites and not args.quick:
        results.update(generation.read_parts(args.mirror, max(1, args.repeats // 2)))
        results.update(generation.build(args.mirror, 1))
    if "serialization" in suites:
        try:
            from tests.bench import serialization
        except ImportError as error:  # the runtime serializer is not there yet
            results["serialization"] = {"skipped": str(error)}
        else:
            results.update(serialization.serialization(args.repeats))
    if "imports" in suites:
        results.update(packaging.runtime_dependencies())
    if "validation" in suites:
        if args.quick:
            results.update(validation.validation(1, VALIDATION_FILES_QUICK))
        else:
            results.update(validation.validation(max(1, (args.repeats + 1) // 2), VALIDATION_FILES))
    if "typecheck" in suites:
        results.update(typecheck.typecheck(1 if args.quick else max(1, args.repeats // 2)))
    OUT.mkdir(exist_ok=True)
    # Figures of the suites not run this time stay as the last run left them.
    previous = OUT / "results.json"
    if previous.exists() and args.only:
        results = {**json.loads(previous.read_text()), **results}
    (OUT / "results.json").write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
    table = write_markdown(results, OUT / "results.md")
    write_chart(results, OUT / "results.png")
    print(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
