"""``nox -s bench``: measured figures in ``bench/results.json``, ``.md`` and ``.png``.

Every figure comes from fresh interpreters, repeated; min and median are kept.
Serialization figures are paired, in the same run, with pydicom/highdicom doing
the same work, and reported as ratios.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

from tests.bench import generation, imports
from tests.bench.report import write_chart, write_markdown

OUT = Path("bench")
DEFAULT_MIRROR = Path(__file__).resolve().parents[3] / "shared" / "standard" / "dicom"


def main() -> int:
    """Run the suites, print the Markdown table, write the results."""
    parser = argparse.ArgumentParser(prog="python -m tests.bench")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--mirror", default=os.environ.get("DICOMODEL_MIRROR", str(DEFAULT_MIRROR)))
    parser.add_argument("--quick", action="store_true", help="skip reading parts and generation")
    args = parser.parse_args()
    results: dict[str, Any] = {}
    results.update(imports.imports(args.repeats))
    if not args.quick:
        results.update(generation.read_parts(args.mirror, max(1, args.repeats // 2)))
        results.update(generation.build(args.mirror, 1))
    try:
        from tests.bench import serialization
    except ImportError as error:  # the runtime serializer is not there yet
        results["serialization"] = {"skipped": str(error)}
    else:
        results.update(serialization.serialization(args.repeats))
    OUT.mkdir(exist_ok=True)
    (OUT / "results.json").write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
    table = write_markdown(results, OUT / "results.md")
    write_chart(results, OUT / "results.png")
    print(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
