"""CID 12202 Left Ventricle Volume Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.595.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12202
NAME: _Final[str] = "Left Ventricle Volume Measurement"
KEYWORD: _Final[str | None] = "LeftVentricleVolumeMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.595"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030918"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LeftVentricularEndDiastolicVolume: _Final[_Code] = _Code(
    "LN", "18026-5", "Left Ventricular End Diastolic Volume", (12202,)
)
"""Left Ventricular End Diastolic Volume (LN 18026-5)."""

LeftVentricularEndSystolicVolume: _Final[_Code] = _Code(
    "LN", "18148-7", "Left Ventricular End Systolic Volume", (12202,)
)
"""Left Ventricular End Systolic Volume (LN 18148-7)."""

LeftVentricularEjectionFractionByUS: _Final[_Code] = _Code(
    "LN", "18043-0", "Left Ventricular Ejection Fraction by US", (12202,)
)
"""Left Ventricular Ejection Fraction by US (LN 18043-0)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    LeftVentricularEndDiastolicVolume,
    LeftVentricularEndSystolicVolume,
    LeftVentricularEjectionFractionByUS,
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
