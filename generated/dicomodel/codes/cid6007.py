"""CID 6007 Margin Characteristic from BI-RADS®.

Extensible, version 20050822, UID 1.2.840.10008.6.1.337.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6007
NAME: Final[str] = "Margin Characteristic from BI-RADS®"
KEYWORD: Final[str | None] = "MarginCharacteristicFromBIRADS"
UID: Final[str | None] = "1.2.840.10008.6.1.337"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20050822"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CircumscribedLesion: Final[Code] = Code("SCT", "129738007", "Circumscribed lesion", (6007, 6342))
"""Circumscribed lesion (SCT 129738007)."""

MicrolobulatedLesion: Final[Code] = Code("SCT", "129739004", "Microlobulated lesion", (6007,))
"""Microlobulated lesion (SCT 129739004)."""

ObscuredLesion: Final[Code] = Code("SCT", "129740002", "Obscured lesion", (6007, 6342))
"""Obscured lesion (SCT 129740002)."""

IndistinctLesion: Final[Code] = Code("SCT", "129741003", "Indistinct lesion", (6007, 6342))
"""Indistinct lesion (SCT 129741003)."""

SpiculatedLesion: Final[Code] = Code("SCT", "129742005", "Spiculated lesion", (6007, 6342))
"""Spiculated lesion (SCT 129742005)."""

AngularMargins: Final[Code] = Code("DCM", "111343", "Angular margins", (6007,))
"""Angular margins (DCM 111343)."""

MEMBERS: Final[tuple[Code, ...]] = (
    CircumscribedLesion,
    MicrolobulatedLesion,
    ObscuredLesion,
    IndistinctLesion,
    SpiculatedLesion,
    AngularMargins,
)
"""The resolved membership: own members, then those of the included groups, in order."""
