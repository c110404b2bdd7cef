"""CID 12240 Left Ventricle Area Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.631.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12240
NAME: _Final[str] = "Left Ventricle Area Measurement"
KEYWORD: _Final[str | None] = "LeftVentricleAreaMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.631"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030918"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LeftVentricularSystolicArea: _Final[_Code] = _Code(
    "SCT", "399030000", "Left Ventricular Systolic Area", (12240,)
)
"""Left Ventricular Systolic Area (SCT 399030000)."""

LeftVentricularDiastolicArea: _Final[_Code] = _Code(
    "SCT", "399109006", "Left Ventricular Diastolic Area", (12240,)
)
"""Left Ventricular Diastolic Area (SCT 399109006)."""

LeftVentricularFractionalAreaChange: _Final[_Code] = _Code(
    "SCT", "399287000", "Left Ventricular Fractional Area Change", (12240,)
)
"""Left Ventricular Fractional Area Change (SCT 399287000)."""

LeftVentricleEpicardialDiastolicAreaPsaxPapView: _Final[_Code] = _Code(
    "SCT", "399293008", "Left Ventricle Epicardial Diastolic Area, psax pap view", (12240,)
)
"""Left Ventricle Epicardial Diastolic Area, psax pap view (SCT 399293008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    LeftVentricularSystolicArea,
    LeftVentricularDiastolicArea,
    LeftVentricularFractionalAreaChange,
    LeftVentricleEpicardialDiastolicAreaPsaxPapView,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
