"""CID 4407 Lesion Palpation Finding.

Extensible, version 20231115, UID 1.2.840.10008.6.1.1352.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4407
NAME: Final[str] = "Lesion Palpation Finding"
KEYWORD: Final[str | None] = "LesionPalpationFinding"
UID: Final[str | None] = "1.2.840.10008.6.1.1352"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20231115"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

FirmSkinLesion: Final[Code] = Code("DCM", "130485", "Firm skin lesion", (4407,))
"""Firm skin lesion (DCM 130485)."""

RaisedSkinLesion: Final[Code] = Code("DCM", "130486", "Raised skin lesion", (4407,))
"""Raised skin lesion (DCM 130486)."""

MobileSkinLesion: Final[Code] = Code("UMLS", "C2071496", "Mobile skin lesion", (4407,))
"""Mobile skin lesion (UMLS C2071496)."""

MEMBERS: Final[tuple[Code, ...]] = (FirmSkinLesion, RaisedSkinLesion, MobileSkinLesion)
"""The resolved membership: own members, then those of the included groups, in order."""
