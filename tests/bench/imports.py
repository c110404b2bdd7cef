"""Cold ``import dicomodel`` and the first use of one IOD class, each in a new interpreter."""

from __future__ import annotations

import statistics
from typing import Any

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


FIRST_USE_BASELINE = """
import json, time
start = time.process_time()
import pydicom, pydantic
print(json.dumps({"cpu_seconds": time.process_time() - start}))
"""

# What any pydantic model costs over the same base: one class of one field, built
# once (pydantic.main, pydantic.fields and what they import; no dicomodel).
PYDANTIC_FLOOR = """
import json, time
start = time.process_time()
import pydicom, pydantic
based = time.process_time()
from pydantic import BaseModel
class One(BaseModel):
    value: int
One(value=1)
print(json.dumps({"over_base": time.process_time() - based}))
"""

# What pydantic alone costs for a model of CTImage's size: {fields} fields of the
# cheapest kind (``str | None = None``, no dicomodel), over the same base. "class" stops
# after pydantic has collected the fields (``defer_build``: no schema yet), the least
# any pydantic model of that many fields pays; "built" adds the schema, the validator
# and one validated instance, as a pydantic user would write it.
PYDANTIC_SIZE_FLOOR = """
import json, time
start = time.process_time()
import pydicom, pydantic
based = time.process_time()
from pydantic import BaseModel, ConfigDict
namespace = {{"__module__": "__main__", "model_config": ConfigDict(defer_build=True),
             "__annotations__": {{f"F{{i}}": "str | None" for i in range({fields})}}}}
namespace.update({{f"F{{i}}": None for i in range({fields})}})
Flat = type(BaseModel)("Flat", (BaseModel,), namespace)
collected = time.process_time()
Flat.model_rebuild()
Flat(F1="x")
built = time.process_time()
print(json.dumps({{"class": collected - based, "built": built - based}}))
"""

FIRST_USE = """
import json, time
start = time.process_time()
import pydicom, pydantic
based = time.process_time()
from dicomodel.iods import CTImage
imported = time.process_time()
image = CTImage(
    PatientName="Doe^John", PatientID="12345", PatientBirthDate=None, PatientSex="O",
    StudyInstanceUID="1.2.826.0.1.3680043.10.1420.1", StudyDate="20240101", StudyTime="120000",
    ReferringPhysicianName=None, StudyID="1", AccessionNumber=None, Modality="CT",
    SeriesInstanceUID="1.2.826.0.1.3680043.10.1420.2", SeriesNumber=1,
    FrameOfReferenceUID="1.2.826.0.1.3680043.10.1420.3", PositionReferenceIndicator=None,
    Manufacturer=None, AcquisitionNumber=None, InstanceNumber=1, PatientPosition="HFS",
    ImageType=["ORIGINAL", "PRIMARY", "AXIAL"], PixelSpacing=[0.5, 0.5],
    ImageOrientationPatient=[1, 0, 0, 0, 1, 0], ImagePositionPatient=[0, 0, 0],
    SliceThickness=1.0, SamplesPerPixel=1, PhotometricInterpretation="MONOCHROME2",
    Rows=2, Columns=2, BitsAllocated=16, BitsStored=12, HighBit=11, PixelRepresentation=0,
    PixelData=bytes(8), RescaleIntercept=-1024, RescaleSlope=1, KVP=120,
    SOPClassUID="1.2.840.10008.5.1.4.1.1.2", SOPInstanceUID="1.2.826.0.1.3680043.10.1420.4",
)
built = time.process_time()
print(json.dumps({"cpu_seconds": built - start, "over_base": built - based,
                  "import": imported - based, "build": built - imported}))
"""


FIRST_USE_PARTS = (
    """
import json, time
clock = time.process_time
start = clock()
import pydicom, pydantic
based = clock()
from pydantic import BaseModel, Field  # what any pydantic model needs: main and fields
floor = clock()
import dicomodel.model as model
runtime = clock()
from pydantic._internal import _model_construction as construction
create = construction.ModelMetaclass.__new__
created = []
def timed_new(*args, **kwargs):
    begin = clock()
    made = create(*args, **kwargs)
    created.append(clock() - begin)
    return made
construction.ModelMetaclass.__new__ = timed_new
from dicomodel.iods import CTImage
imported = clock()
construction.ModelMetaclass.__new__ = create
CTImage.model_rebuild()
schema = clock()
check = model._check_conditions
checked = []
def timed_check(instance):
    begin = clock()
    check(instance)
    checked.append(clock() - begin)
model._check_conditions = timed_check
"""
    + FIRST_USE.split("imported = time.process_time()")[1].split("built = ")[0]
    + """
built = clock()
print(json.dumps({
    "pydantic_model_floor": floor - based, "dicomodel_runtime": runtime - floor,
    "iod_module": imported - runtime, "iod_classes": sum(created), "classes": len(created),
    "iod_schema": schema - imported, "construct": built - schema - checked[0],
    "conditions_check": checked[0], "over_base": built - based,
}))
"""
)


def first_use_parts(repeats: int) -> dict[str, dict[str, Any]]:
    """Where the first use of CTImage goes (CPU medians, fresh interpreters): the part any
    pydantic model pays (``pydantic.main`` and ``pydantic.fields``), the runtime, the IOD
    module with its class(es), the IOD's schema, the construction, the conditions check."""
    runs = [run_snippet(FIRST_USE_PARTS) for _ in range(repeats)]
    over = Figure("first use over base, in parts", "s", tuple(run["over_base"] for run in runs))
    parts = {
        f"{key}_median": round(statistics.median(run[key] for run in runs), 4)
        for key in runs[0]
        if key != "over_base"
    }
    return {"first_use_ct_image_parts": {**over.as_dict(), "clock": "cpu", **parts}}


def first_use(repeats: int) -> dict[str, dict[str, Any]]:
    """Issue 16: ``import`` + a validated ``CTImage(...)`` over ``import pydicom, pydantic``.

    CPU time in fresh interpreters, interleaved with the baseline (ours, baseline,
    ours, ...); ``over_base`` is measured inside our interpreter, after the baseline
    imports.
    """
    ours: list[dict[str, float]] = []
    base: list[dict[str, float]] = []
    floor: list[dict[str, float]] = []
    for _ in range(repeats):
        ours.append(run_snippet(FIRST_USE))
        base.append(run_snippet(FIRST_USE_BASELINE))
        floor.append(run_snippet(PYDANTIC_FLOOR))
    over = [run["over_base"] for run in ours]
    floors = [run["over_base"] for run in floor]
    return {
        "first_use_ct_image_over_pydicom_pydantic": {
            **Figure("first use over base", "s", tuple(over)).as_dict(),
            "clock": "cpu",
            "import_median": round(statistics.median(run["import"] for run in ours), 4),
            "build_median": round(statistics.median(run["build"] for run in ours), 4),
            "baseline_median": round(statistics.median(run["cpu_seconds"] for run in base), 4),
            "target": "< 0.1 s",
        },
        # The target's floor: a one-field pydantic model over the same base.
        "pydantic_one_field_model_over_pydicom_pydantic": {
            **Figure("one-field pydantic model over base", "s", tuple(floors)).as_dict(),
            "clock": "cpu",
        },
        "first_use_ct_image_over_pydantic_floor": {
            **Figure(
                "first use over a one-field pydantic model",
                "s",
                tuple(a - b for a, b in zip(over, floors, strict=True)),
            ).as_dict(),
            "clock": "cpu",
        },
    }


def ct_image_field_count() -> int:
    """How many fields CTImage has (read in a child, so this process stays cold)."""
    found = run_snippet(
        "import json\nfrom dicomodel.iods import CTImage\n"
        "print(json.dumps({'fields': len(CTImage.model_fields)}))"
    )
    return int(found["fields"])


def pydantic_size_floor(repeats: int) -> dict[str, dict[str, Any]]:
    """Why issue 16's first-use target is out of pydantic's reach: a plain pydantic model
    with CTImage's number of fields, over ``import pydicom, pydantic``."""
    fields = ct_image_field_count()
    runs = [run_snippet(PYDANTIC_SIZE_FLOOR.format(fields=fields)) for _ in range(repeats)]
    return {
        "pydantic_ct_sized_model_class_over_pydicom_pydantic": {
            **Figure("class of as many fields", "s", tuple(r["class"] for r in runs)).as_dict(),
            "clock": "cpu",
            "fields": fields,
        },
        "pydantic_ct_sized_model_built_over_pydicom_pydantic": {
            **Figure("built and validated", "s", tuple(r["built"] for r in runs)).as_dict(),
            "clock": "cpu",
            "fields": fields,
        },
    }


def imports(repeats: int) -> dict[str, dict[str, Any]]:
    """Cold import and first IOD use: min/median over ``repeats`` fresh interpreters."""
    results: dict[str, dict[str, Any]] = (
        first_use(repeats) | first_use_parts(repeats) | pydantic_size_floor(repeats)
    )
    cold = [run_snippet(COLD_IMPORT) for _ in range(repeats)]
    first = [run_snippet(FIRST_IOD) for _ in range(repeats)]
    return results | {
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
