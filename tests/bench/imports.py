"""Cold ``import dicomodel`` and the first use of one IOD class, each in a new interpreter."""

from __future__ import annotations

from tests.bench.measure import Figure, run_snippet

COLD_IMPORT = """
import json, time
start = time.perf_counter()
import dicomodel
print(json.dumps({"seconds": time.perf_counter() - start, "peak_mb": _peak_mb()}))
"""

FIRST_IOD = """
import json, time
import dicomodel
start = time.perf_counter()
from dicomodel.iods import CTImage
imported = time.perf_counter()
CTImage.model_rebuild()
CTImage.model_construct().module
built = time.perf_counter()
print(json.dumps({"import_seconds": imported - start, "build_seconds": built - imported,
                  "seconds": built - start, "peak_mb": _peak_mb()}))
"""


def imports(repeats: int) -> dict[str, dict[str, float]]:
    """Cold import and first IOD use: min/median over ``repeats`` fresh interpreters."""
    cold = [run_snippet(COLD_IMPORT) for _ in range(repeats)]
    first = [run_snippet(FIRST_IOD) for _ in range(repeats)]
    return {
        "cold_import_dicomodel": {
            **Figure("cold import", "s", tuple(run["seconds"] for run in cold)).as_dict(),
            "peak_mb": round(max(run["peak_mb"] for run in cold), 1),
        },
        "first_use_ct_image": {
            **Figure("first IOD use", "s", tuple(run["seconds"] for run in first)).as_dict(),
            "import_min": round(min(run["import_seconds"] for run in first), 4),
            "build_min": round(min(run["build_seconds"] for run in first), 4),
            "peak_mb": round(max(run["peak_mb"] for run in first), 1),
        },
    }
