"""CID 4263 Ophthalmic Thickness Map Value Type.

Extensible, version 20110825, UID 1.2.840.10008.6.1.939.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4263
NAME: Final[str] = "Ophthalmic Thickness Map Value Type"
KEYWORD: Final[str | None] = "OphthalmicThicknessMapValueType"
UID: Final[str | None] = "1.2.840.10008.6.1.939"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20110825"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AbsoluteOphthalmicThickness: Final[Code] = Code(
    "DCM", "111930", "Absolute ophthalmic thickness", (4263,)
)
"""Absolute ophthalmic thickness (DCM 111930)."""

ThicknessDeviationCategoryFromNormativeData: Final[Code] = Code(
    "DCM", "111931", "Thickness deviation category from normative data", (4263,)
)
"""Thickness deviation category from normative data (DCM 111931)."""

ThicknessDeviationFromNormativeData: Final[Code] = Code(
    "DCM", "111932", "Thickness deviation from normative data", (4263,)
)
"""Thickness deviation from normative data (DCM 111932)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AbsoluteOphthalmicThickness,
    ThicknessDeviationCategoryFromNormativeData,
    ThicknessDeviationFromNormativeData,
)
"""The resolved membership: own members, then those of the included groups, in order."""
