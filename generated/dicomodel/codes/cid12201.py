"""CID 12201 Left Ventricle Linear Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.594.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12201
NAME: _Final[str] = "Left Ventricle Linear Measurement"
KEYWORD: _Final[str | None] = "LeftVentricleLinearMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.594"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030918"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LeftVentricleInternalEndDiastolicDimension: _Final[_Code] = _Code(
    "LN", "29436-3", "Left Ventricle Internal End Diastolic Dimension", (12201,)
)
"""Left Ventricle Internal End Diastolic Dimension (LN 29436-3)."""

LeftVentricleInternalSystolicDimension: _Final[_Code] = _Code(
    "LN", "29438-9", "Left Ventricle Internal Systolic Dimension", (12201,)
)
"""Left Ventricle Internal Systolic Dimension (LN 29438-9)."""

LeftVentricularFractionalShortening: _Final[_Code] = _Code(
    "LN", "18051-3", "Left Ventricular Fractional Shortening", (12201,)
)
"""Left Ventricular Fractional Shortening (LN 18051-3)."""

InterventricularSeptumDiastolicThickness: _Final[_Code] = _Code(
    "LN", "18154-5", "Interventricular Septum Diastolic Thickness", (12201,)
)
"""Interventricular Septum Diastolic Thickness (LN 18154-5)."""

InterventricularSeptumToPosteriorWallThicknessRatio: _Final[_Code] = _Code(
    "LN", "18155-2", "Interventricular Septum to Posterior Wall Thickness Ratio", (12201, 12257)
)
"""Interventricular Septum to Posterior Wall Thickness Ratio (LN 18155-2)."""

InterventricularSeptumPercentThickening: _Final[_Code] = _Code(
    "LN", "18054-7", "Interventricular Septum % Thickening", (12201,)
)
"""Interventricular Septum % Thickening (LN 18054-7)."""

InterventricularSeptumSystolicThickness: _Final[_Code] = _Code(
    "LN", "18158-6", "Interventricular Septum Systolic Thickness", (12201,)
)
"""Interventricular Septum Systolic Thickness (LN 18158-6)."""

LeftVentriclePosteriorWallPercentThickening: _Final[_Code] = _Code(
    "LN", "18053-9", "Left Ventricle Posterior Wall % Thickening", (12201,)
)
"""Left Ventricle Posterior Wall % Thickening (LN 18053-9)."""

LeftVentricleDiastolicMajorAxis: _Final[_Code] = _Code(
    "LN", "18077-8", "Left Ventricle diastolic major axis", (12201,)
)
"""Left Ventricle diastolic major axis (LN 18077-8)."""

LeftVentricleSystolicMajorAxis: _Final[_Code] = _Code(
    "LN", "18076-0", "Left Ventricle systolic major axis", (12201,)
)
"""Left Ventricle systolic major axis (LN 18076-0)."""

LeftVentriclePosteriorWallSystolicThickness: _Final[_Code] = _Code(
    "LN", "18156-0", "Left Ventricle Posterior Wall Systolic Thickness", (12201,)
)
"""Left Ventricle Posterior Wall Systolic Thickness (LN 18156-0)."""

LeftVentriclePosteriorWallDiastolicThickness: _Final[_Code] = _Code(
    "LN", "18152-9", "Left Ventricle Posterior Wall Diastolic Thickness", (12201,)
)
"""Left Ventricle Posterior Wall Diastolic Thickness (LN 18152-9)."""

LeftVentricleSemiMajorAxisDiastolicDimension: _Final[_Code] = _Code(
    "SCT", "399063007", "Left Ventricle Semi-major Axis Diastolic Dimension", (12201,)
)
"""Left Ventricle Semi-major Axis Diastolic Dimension (SCT 399063007)."""

LeftVentricleTruncatedSemiMajorAxisDiastolicDimension: _Final[_Code] = _Code(
    "SCT", "399309003", "Left Ventricle Truncated Semi-major Axis Diastolic Dimension", (12201,)
)
"""Left Ventricle Truncated Semi-major Axis Diastolic Dimension (SCT 399309003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    LeftVentricleInternalEndDiastolicDimension,
    LeftVentricleInternalSystolicDimension,
    LeftVentricularFractionalShortening,
    InterventricularSeptumDiastolicThickness,
    InterventricularSeptumToPosteriorWallThicknessRatio,
    InterventricularSeptumPercentThickening,
    InterventricularSeptumSystolicThickness,
    LeftVentriclePosteriorWallPercentThickening,
    LeftVentricleDiastolicMajorAxis,
    LeftVentricleSystolicMajorAxis,
    LeftVentriclePosteriorWallSystolicThickness,
    LeftVentriclePosteriorWallDiastolicThickness,
    LeftVentricleSemiMajorAxisDiastolicDimension,
    LeftVentricleTruncatedSemiMajorAxisDiastolicDimension,
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
