"""CID 3550 Circulatory Support Action.

Extensible, version 20030327, UID 1.2.840.10008.6.1.146.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3550
NAME: Final[str] = "Circulatory Support Action"
KEYWORD: Final[str | None] = "CirculatorySupportAction"
UID: Final[str | None] = "1.2.840.10008.6.1.146"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

BeginCirculatorySupport: Final[Code] = Code("DCM", "121157", "Begin Circulatory Support", (3550,))
"""Begin Circulatory Support (DCM 121157)."""

EndCirculatorySupport: Final[Code] = Code("DCM", "121158", "End Circulatory Support", (3550,))
"""End Circulatory Support (DCM 121158)."""

MEMBERS: Final[tuple[Code, ...]] = (BeginCirculatorySupport, EndCirculatorySupport)
"""The resolved membership: own members, then those of the included groups, in order."""
