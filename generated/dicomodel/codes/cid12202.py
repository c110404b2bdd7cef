"""CID 12202 Left Ventricle Volume Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.595.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12202
NAME: Final[str] = "Left Ventricle Volume Measurement"
KEYWORD: Final[str | None] = "LeftVentricleVolumeMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.595"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030918"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LeftVentricularEndDiastolicVolume: Final[Code] = Code(
    "LN", "18026-5", "Left Ventricular End Diastolic Volume", (12202,)
)
"""Left Ventricular End Diastolic Volume (LN 18026-5)."""

LeftVentricularEndSystolicVolume: Final[Code] = Code(
    "LN", "18148-7", "Left Ventricular End Systolic Volume", (12202,)
)
"""Left Ventricular End Systolic Volume (LN 18148-7)."""

LeftVentricularEjectionFractionByUS: Final[Code] = Code(
    "LN", "18043-0", "Left Ventricular Ejection Fraction by US", (12202,)
)
"""Left Ventricular Ejection Fraction by US (LN 18043-0)."""

MEMBERS: Final[tuple[Code, ...]] = (
    LeftVentricularEndDiastolicVolume,
    LeftVentricularEndSystolicVolume,
    LeftVentricularEjectionFractionByUS,
)
"""The resolved membership: own members, then those of the included groups, in order."""
