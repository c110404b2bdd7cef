"""CID 606 Animal Shelter Type.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1071.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 606
NAME: Final[str] = "Animal Shelter Type"
KEYWORD: Final[str | None] = "AnimalShelterType"
UID: Final[str | None] = "1.2.840.10008.6.1.1071"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

None_: Final[Code] = Code("SCT", "260413007", "None", (606, 3707, 3716, 4253))
"""None (SCT 260413007)."""

Igloo: Final[Code] = Code("DCM", "127220", "Igloo", (606,))
"""Igloo (DCM 127220)."""

RedTranslucentIgloo: Final[Code] = Code("DCM", "127221", "Red translucent igloo", (606,))
"""Red translucent igloo (DCM 127221)."""

MEMBERS: Final[tuple[Code, ...]] = (None_, Igloo, RedTranslucentIgloo)
"""The resolved membership: own members, then those of the included groups, in order."""
