"""CID 3705 Chamber Size.

Extensible, version 20030327, UID 1.2.840.10008.6.1.207.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3705
NAME: Final[str] = "Chamber Size"
KEYWORD: Final[str | None] = "ChamberSize"
UID: Final[str | None] = "1.2.840.10008.6.1.207"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NormalSizeCardiacChamber: Final[Code] = Code(
    "SCT", "373124004", "Normal size cardiac chamber", (3122, 3705)
)
"""Normal size cardiac chamber (SCT 373124004)."""

AbnormallySmallCardiacChamber: Final[Code] = Code(
    "SCT", "373125003", "Abnormally small cardiac chamber", (3705,)
)
"""Abnormally small cardiac chamber (SCT 373125003)."""

MildlyEnlargedCardiacChamber: Final[Code] = Code(
    "SCT", "373126002", "Mildly Enlarged cardiac chamber", (3122, 3705)
)
"""Mildly Enlarged cardiac chamber (SCT 373126002)."""

ModeratelyEnlargedCardiacChamber: Final[Code] = Code(
    "SCT", "373127006", "Moderately Enlarged cardiac chamber", (3122, 3705)
)
"""Moderately Enlarged cardiac chamber (SCT 373127006)."""

MarkedlyEnlargedCardiacChamber: Final[Code] = Code(
    "SCT", "373128001", "Markedly Enlarged cardiac chamber", (3122, 3705)
)
"""Markedly Enlarged cardiac chamber (SCT 373128001)."""

MEMBERS: Final[tuple[Code, ...]] = (
    NormalSizeCardiacChamber,
    AbnormallySmallCardiacChamber,
    MildlyEnlargedCardiacChamber,
    ModeratelyEnlargedCardiacChamber,
    MarkedlyEnlargedCardiacChamber,
)
"""The resolved membership: own members, then those of the included groups, in order."""
