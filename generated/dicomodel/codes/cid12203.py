"""CID 12203 Left Ventricle Other Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.596.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12203
NAME: _Final[str] = "Left Ventricle Other Measurement"
KEYWORD: _Final[str | None] = "LeftVentricleOtherMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.596"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030918"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LeftVentricleMass: _Final[_Code] = _Code("LN", "18087-7", "Left Ventricle Mass", (12203,))
"""Left Ventricle Mass (LN 18087-7)."""

LeftVentricularIsovolumicRelaxationTime: _Final[_Code] = _Code(
    "LN", "18071-1", "Left Ventricular Isovolumic Relaxation Time", (12203, 12300)
)
"""Left Ventricular Isovolumic Relaxation Time (LN 18071-1)."""

LeftVentricularIsovolumicContractionTime: _Final[_Code] = _Code(
    "SCT", "399051002", "Left Ventricular Isovolumic Contraction Time", (12203,)
)
"""Left Ventricular Isovolumic Contraction Time (SCT 399051002)."""

LeftVentricularPeakEarlyDiastolicTissueVelocity: _Final[_Code] = _Code(
    "SCT", "399133000", "Left Ventricular Peak Early Diastolic Tissue Velocity", (12203,)
)
"""Left Ventricular Peak Early Diastolic Tissue Velocity (SCT 399133000)."""

RatioOfMVPeakVelocityToLVPeakTissueVelocityEWave: _Final[_Code] = _Code(
    "SCT",
    "399140004",
    "Ratio of MV Peak Velocity to LV Peak Tissue Velocity E-Wave",
    (12203, 12257),
)
"""Ratio of MV Peak Velocity to LV Peak Tissue Velocity E-Wave (SCT 399140004)."""

LVPeakDiastolicTissueVelocityDuringAtrialSystole: _Final[_Code] = _Code(
    "SCT", "399007006", "LV Peak Diastolic Tissue Velocity During Atrial Systole", (12203,)
)
"""LV Peak Diastolic Tissue Velocity During Atrial Systole (SCT 399007006)."""

LeftVentricularPeakSystolicTissueVelocity: _Final[_Code] = _Code(
    "SCT", "399167005", "Left Ventricular Peak Systolic Tissue Velocity", (12203,)
)
"""Left Ventricular Peak Systolic Tissue Velocity (SCT 399167005)."""

LeftVentricularIndexOfMyocardialPerformance: _Final[_Code] = _Code(
    "SCT", "399266005", "Left Ventricular Index of Myocardial Performance", (12203,)
)
"""Left Ventricular Index of Myocardial Performance (SCT 399266005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    LeftVentricleMass,
    LeftVentricularIsovolumicRelaxationTime,
    LeftVentricularIsovolumicContractionTime,
    LeftVentricularPeakEarlyDiastolicTissueVelocity,
    RatioOfMVPeakVelocityToLVPeakTissueVelocityEWave,
    LVPeakDiastolicTissueVelocityDuringAtrialSystole,
    LeftVentricularPeakSystolicTissueVelocity,
    LeftVentricularIndexOfMyocardialPerformance,
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
