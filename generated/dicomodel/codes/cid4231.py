"""CID 4231 Lens Status.

Extensible, version 20230630, UID 1.2.840.10008.6.1.877.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4231
NAME: Final[str] = "Lens Status"
KEYWORD: Final[str | None] = "LensStatus"
UID: Final[str | None] = "1.2.840.10008.6.1.877"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20230630"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Aphakic: Final[Code] = Code("SCT", "24010005", "Aphakic", (4231,))
"""Aphakic (SCT 24010005)."""

CrystallineLens: Final[Code] = Code("SCT", "247049005", "Crystalline lens", (4231,))
"""Crystalline lens (SCT 247049005)."""

PhakicIOL: Final[Code] = Code("SCT", "397559001", "Phakic IOL", (4231,))
"""Phakic IOL (SCT 397559001)."""

PiggybackIOL: Final[Code] = Code("SCT", "370951003", "Piggyback IOL", (4231,))
"""Piggyback IOL (SCT 370951003)."""

Pseudophakia: Final[Code] = Code("SCT", "309523001", "Pseudophakia", (4231,))
"""Pseudophakia (SCT 309523001)."""

MEMBERS: Final[tuple[Code, ...]] = (Aphakic, CrystallineLens, PhakicIOL, PiggybackIOL, Pseudophakia)
"""The resolved membership: own members, then those of the included groups, in order."""
