"""CID 12104 Extracranial Artery.

Extensible, version 20030327, UID 1.2.840.10008.6.1.571.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12104
NAME: Final[str] = "Extracranial Artery"
KEYWORD: Final[str | None] = "ExtracranialArtery"
UID: Final[str | None] = "1.2.840.10008.6.1.571"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CarotidBifurcation: Final[Code] = Code("SCT", "80272002", "Carotid Bifurcation", (12104,))
"""Carotid Bifurcation (SCT 80272002)."""

CarotidBulb: Final[Code] = Code("SCT", "21479005", "Carotid Bulb", (12104,))
"""Carotid Bulb (SCT 21479005)."""

CommonCarotidArtery: Final[Code] = Code(
    "SCT", "32062004", "Common Carotid Artery", (3010, 3606, 6117, 12104)
)
"""Common Carotid Artery (SCT 32062004)."""

ExternalCarotidArtery: Final[Code] = Code(
    "SCT", "22286001", "External Carotid Artery", (3010, 12104)
)
"""External Carotid Artery (SCT 22286001)."""

InternalCarotidArtery: Final[Code] = Code(
    "SCT", "86117002", "Internal Carotid Artery", (3010, 3606, 12104, 12105)
)
"""Internal Carotid Artery (SCT 86117002)."""

SubclavianArtery: Final[Code] = Code(
    "SCT", "36765005", "Subclavian Artery", (3010, 3606, 6117, 12104, 12107)
)
"""Subclavian Artery (SCT 36765005)."""

VertebralArtery: Final[Code] = Code(
    "SCT", "85234005", "Vertebral Artery", (3010, 3606, 6117, 12104)
)
"""Vertebral Artery (SCT 85234005)."""

MEMBERS: Final[tuple[Code, ...]] = (
    CarotidBifurcation,
    CarotidBulb,
    CommonCarotidArtery,
    ExternalCarotidArtery,
    InternalCarotidArtery,
    SubclavianArtery,
    VertebralArtery,
)
"""The resolved membership: own members, then those of the included groups, in order."""
