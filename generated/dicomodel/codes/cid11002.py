"""CID 11002 Acoustic Coupling Medium.

Extensible, version 20230626, UID 1.2.840.10008.6.1.1472.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 11002
NAME: Final[str] = "Acoustic Coupling Medium"
KEYWORD: Final[str | None] = "AcousticCouplingMedium"
UID: Final[str | None] = "1.2.840.10008.6.1.1472"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20230626"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Water: Final[Code] = Code("SCT", "11713004", "Water", (12, 13, 300, 6350, 7180, 11002, 11006))
"""Water (SCT 11713004)."""

DeuteriumOxide: Final[Code] = Code("SCT", "12977001", "Deuterium oxide", (11002,))
"""Deuterium oxide (SCT 12977001)."""

UltrasoundCouplingGel: Final[Code] = Code("SCT", "1004163002", "Ultrasound coupling gel", (11002,))
"""Ultrasound coupling gel (SCT 1004163002)."""

Air: Final[Code] = Code("SCT", "15158005", "Air", (12, 13, 6211, 6350, 11002))
"""Air (SCT 15158005)."""

MEMBERS: Final[tuple[Code, ...]] = (Water, DeuteriumOxide, UltrasoundCouplingGel, Air)
"""The resolved membership: own members, then those of the included groups, in order."""
