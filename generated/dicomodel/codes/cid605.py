"""CID 605 Animal Bedding Material.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1070.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 605
NAME: Final[str] = "Animal Bedding Material"
KEYWORD: Final[str | None] = "AnimalBeddingMaterial"
UID: Final[str | None] = "1.2.840.10008.6.1.1070"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AspenChipBedding: Final[Code] = Code("DCM", "127230", "Aspen chip bedding", (605,))
"""Aspen chip bedding (DCM 127230)."""

AspenShavingBedding: Final[Code] = Code("DCM", "127231", "Aspen shaving bedding", (605,))
"""Aspen shaving bedding (DCM 127231)."""

CornCobBedding: Final[Code] = Code("DCM", "127232", "Corn cob bedding", (605,))
"""Corn cob bedding (DCM 127232)."""

PaperBasedBedding: Final[Code] = Code("DCM", "127233", "Paper-based bedding", (605,))
"""Paper-based bedding (DCM 127233)."""

PineChipBedding: Final[Code] = Code("DCM", "127234", "Pine chip bedding", (605,))
"""Pine chip bedding (DCM 127234)."""

PineShavingBedding: Final[Code] = Code("DCM", "127235", "Pine shaving bedding", (605,))
"""Pine shaving bedding (DCM 127235)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AspenChipBedding,
    AspenShavingBedding,
    CornCobBedding,
    PaperBasedBedding,
    PineChipBedding,
    PineShavingBedding,
)
"""The resolved membership: own members, then those of the included groups, in order."""
