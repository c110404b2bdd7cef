"""CID 9582 Radiotherapy Dose Region.

Extensible, version 20220402, UID 1.2.840.10008.6.1.1444.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9582
NAME: Final[str] = "Radiotherapy Dose Region"
KEYWORD: Final[str | None] = "RadiotherapyDoseRegion"
UID: Final[str | None] = "1.2.840.10008.6.1.1444"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20220402"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

IsodoseVolume: Final[Code] = Code("DCM", "130747", "Isodose Volume", (9582,))
"""Isodose Volume (DCM 130747)."""

MEMBERS: Final[tuple[Code, ...]] = (IsodoseVolume,)
"""The resolved membership: own members, then those of the included groups, in order."""
