"""CID 6038 Mammography Qualitative Temporal Difference Type.

Extensible, version 20020904, UID 1.2.840.10008.6.1.368.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6038
NAME: Final[str] = "Mammography Qualitative Temporal Difference Type"
KEYWORD: Final[str | None] = "MammographyQualitativeTemporalDifferenceType"
UID: Final[str | None] = "1.2.840.10008.6.1.368"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20020904"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

DifferenceInShape: Final[Code] = Code("SCT", "129811006", "Difference in shape", (6038,))
"""Difference in shape (SCT 129811006)."""

DifferenceInMargin: Final[Code] = Code("SCT", "129812004", "Difference in margin", (6038,))
"""Difference in margin (SCT 129812004)."""

DifferenceInSymmetry: Final[Code] = Code("SCT", "129813009", "Difference in symmetry", (6038,))
"""Difference in symmetry (SCT 129813009)."""

MEMBERS: Final[tuple[Code, ...]] = (DifferenceInShape, DifferenceInMargin, DifferenceInSymmetry)
"""The resolved membership: own members, then those of the included groups, in order."""
