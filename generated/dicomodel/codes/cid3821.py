"""CID 3821 Papillary Muscle Included/Excluded.

Extensible, version 20051103, UID 1.2.840.10008.6.1.277.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3821
NAME: Final[str] = "Papillary Muscle Included/Excluded"
KEYWORD: Final[str | None] = "PapillaryMuscleIncludedExcluded"
UID: Final[str | None] = "1.2.840.10008.6.1.277"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20051103"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PapillaryMuscleExcluded: Final[Code] = Code("DCM", "122620", "Papillary Muscle Excluded", (3821,))
"""Papillary Muscle Excluded (DCM 122620)."""

PapillaryMuscleIncluded: Final[Code] = Code("DCM", "122621", "Papillary Muscle Included", (3821,))
"""Papillary Muscle Included (DCM 122621)."""

MEMBERS: Final[tuple[Code, ...]] = (PapillaryMuscleExcluded, PapillaryMuscleIncluded)
"""The resolved membership: own members, then those of the included groups, in order."""
