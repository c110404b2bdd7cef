"""CID 6006 Mammography Margin Characteristic.

Extensible, version 20020904, UID 1.2.840.10008.6.1.336.
Includes CID 6007.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6006
NAME: Final[str] = "Mammography Margin Characteristic"
KEYWORD: Final[str | None] = "MammographyMarginCharacteristic"
UID: Final[str | None] = "1.2.840.10008.6.1.336"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20020904"
INCLUDES: Final[tuple[int, ...]] = (6007,)
EXTERNAL_SCHEME: Final[str | None] = None

CircumscribedLesion: Final[Code] = Code("SCT", "129738007", "Circumscribed lesion", (6007, 6342))
"""Circumscribed lesion (SCT 129738007). Included from CID 6007."""

MicrolobulatedLesion: Final[Code] = Code("SCT", "129739004", "Microlobulated lesion", (6007,))
"""Microlobulated lesion (SCT 129739004). Included from CID 6007."""

ObscuredLesion: Final[Code] = Code("SCT", "129740002", "Obscured lesion", (6007, 6342))
"""Obscured lesion (SCT 129740002). Included from CID 6007."""

IndistinctLesion: Final[Code] = Code("SCT", "129741003", "Indistinct lesion", (6007, 6342))
"""Indistinct lesion (SCT 129741003). Included from CID 6007."""

SpiculatedLesion: Final[Code] = Code("SCT", "129742005", "Spiculated lesion", (6007, 6342))
"""Spiculated lesion (SCT 129742005). Included from CID 6007."""

AngularMargins: Final[Code] = Code("DCM", "111343", "Angular margins", (6007,))
"""Angular margins (DCM 111343). Included from CID 6007."""

MEMBERS: Final[tuple[Code, ...]] = (
    CircumscribedLesion,
    MicrolobulatedLesion,
    ObscuredLesion,
    IndistinctLesion,
    SpiculatedLesion,
    AngularMargins,
)
"""The resolved membership: own members, then those of the included groups, in order."""
