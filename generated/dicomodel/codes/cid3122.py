"""CID 3122 Ventricular Enlargement.

Extensible, version 20080927, UID 1.2.840.10008.6.1.754.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3122
NAME: Final[str] = "Ventricular Enlargement"
KEYWORD: Final[str | None] = "VentricularEnlargement"
UID: Final[str | None] = "1.2.840.10008.6.1.754"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NormalSizeCardiacChamber: Final[Code] = Code(
    "SCT", "373124004", "Normal size cardiac chamber", (3122, 3705)
)
"""Normal size cardiac chamber (SCT 373124004)."""

MildlyEnlargedCardiacChamber: Final[Code] = Code(
    "SCT", "373126002", "Mildly enlarged cardiac chamber", (3122, 3705)
)
"""Mildly enlarged cardiac chamber (SCT 373126002)."""

ModeratelyEnlargedCardiacChamber: Final[Code] = Code(
    "SCT", "373127006", "Moderately enlarged cardiac chamber", (3122, 3705)
)
"""Moderately enlarged cardiac chamber (SCT 373127006)."""

MarkedlyEnlargedCardiacChamber: Final[Code] = Code(
    "SCT", "373128001", "Markedly enlarged cardiac chamber", (3122, 3705)
)
"""Markedly enlarged cardiac chamber (SCT 373128001)."""

MEMBERS: Final[tuple[Code, ...]] = (
    NormalSizeCardiacChamber,
    MildlyEnlargedCardiacChamber,
    ModeratelyEnlargedCardiacChamber,
    MarkedlyEnlargedCardiacChamber,
)
"""The resolved membership: own members, then those of the included groups, in order."""
