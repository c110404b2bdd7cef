"""CID 3500 Pressure Unit.

Non-extensible, version 20030327, UID 1.2.840.10008.6.1.132.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3500
NAME: Final[str] = "Pressure Unit"
KEYWORD: Final[str | None] = "PressureUnit"
UID: Final[str | None] = "1.2.840.10008.6.1.132"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Mmhg: Final[Code] = Code("UCUM", "mm[Hg]", "mmHg", (3500,))
"""mmHg (UCUM mm[Hg])."""

Kpa: Final[Code] = Code("UCUM", "kPa", "kPa", (3500,))
"""kPa (UCUM kPa)."""

MEMBERS: Final[tuple[Code, ...]] = (Mmhg, Kpa)
"""The resolved membership: own members, then those of the included groups, in order."""
