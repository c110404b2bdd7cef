"""CID 12240 Left Ventricle Area Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.631.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12240
NAME: Final[str] = "Left Ventricle Area Measurement"
KEYWORD: Final[str | None] = "LeftVentricleAreaMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.631"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030918"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LeftVentricularSystolicArea: Final[Code] = Code(
    "SCT", "399030000", "Left Ventricular Systolic Area", (12240,)
)
"""Left Ventricular Systolic Area (SCT 399030000)."""

LeftVentricularDiastolicArea: Final[Code] = Code(
    "SCT", "399109006", "Left Ventricular Diastolic Area", (12240,)
)
"""Left Ventricular Diastolic Area (SCT 399109006)."""

LeftVentricularFractionalAreaChange: Final[Code] = Code(
    "SCT", "399287000", "Left Ventricular Fractional Area Change", (12240,)
)
"""Left Ventricular Fractional Area Change (SCT 399287000)."""

LeftVentricleEpicardialDiastolicAreaPsaxPapView: Final[Code] = Code(
    "SCT", "399293008", "Left Ventricle Epicardial Diastolic Area, psax pap view", (12240,)
)
"""Left Ventricle Epicardial Diastolic Area, psax pap view (SCT 399293008)."""

MEMBERS: Final[tuple[Code, ...]] = (
    LeftVentricularSystolicArea,
    LeftVentricularDiastolicArea,
    LeftVentricularFractionalAreaChange,
    LeftVentricleEpicardialDiastolicAreaPsaxPapView,
)
"""The resolved membership: own members, then those of the included groups, in order."""
