"""CID 607 Animal Feed Type.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1072.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 607
NAME: Final[str] = "Animal Feed Type"
KEYWORD: Final[str | None] = "AnimalFeedType"
UID: Final[str | None] = "1.2.840.10008.6.1.1072"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NIH07: Final[Code] = Code("DCM", "127271", "NIH07", (607,))
"""NIH07 (DCM 127271)."""

NIH31: Final[Code] = Code("DCM", "127270", "NIH31", (607,))
"""NIH31 (DCM 127270)."""

AIN76: Final[Code] = Code("DCM", "127272", "AIN76", (607,))
"""AIN76 (DCM 127272)."""

AIN93G: Final[Code] = Code("DCM", "127273", "AIN93G", (607,))
"""AIN93G (DCM 127273)."""

AIN93M: Final[Code] = Code("DCM", "127274", "AIN93M", (607,))
"""AIN93M (DCM 127274)."""

MEMBERS: Final[tuple[Code, ...]] = (NIH07, NIH31, AIN76, AIN93G, AIN93M)
"""The resolved membership: own members, then those of the included groups, in order."""
