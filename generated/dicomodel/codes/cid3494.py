"""CID 3494 IVUS Non Morphological Finding.

Extensible, version 20040614, UID 1.2.840.10008.6.1.128.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3494
NAME: Final[str] = "IVUS Non Morphological Finding"
KEYWORD: Final[str | None] = "IVUSNonMorphologicalFinding"
UID: Final[str | None] = "1.2.840.10008.6.1.128"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040614"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

TrueLumen: Final[Code] = Code("DCM", "122360", "True Lumen", (3494,))
"""True Lumen (DCM 122360)."""

ArterialBloodStasis: Final[Code] = Code("SCT", "408707005", "Arterial Blood Stasis", (3494,))
"""Arterial Blood Stasis (SCT 408707005)."""

IncompleteStentApposition: Final[Code] = Code(
    "SCT", "408709008", "Incomplete Stent apposition", (3494,)
)
"""Incomplete Stent apposition (SCT 408709008)."""

AcquiredIncompleteStentApposition: Final[Code] = Code(
    "SCT", "408710003", "Acquired Incomplete stent apposition", (3494,)
)
"""Acquired Incomplete stent apposition (SCT 408710003)."""

MEMBERS: Final[tuple[Code, ...]] = (
    TrueLumen,
    ArterialBloodStasis,
    IncompleteStentApposition,
    AcquiredIncompleteStentApposition,
)
"""The resolved membership: own members, then those of the included groups, in order."""
