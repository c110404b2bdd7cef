"""CID 3212 Treadmill Speed.

Extensible, version 20080927, UID 1.2.840.10008.6.1.767.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3212
NAME: Final[str] = "Treadmill Speed"
KEYWORD: Final[str | None] = "TreadmillSpeed"
UID: Final[str | None] = "1.2.840.10008.6.1.767"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

kmH: Final[Code] = Code("UCUM", "km/h", "km/h", (3212,))
"""km/h (UCUM km/h)."""

Mph: Final[Code] = Code("UCUM", "[mi_i]/h", "mph", (3212,))
"""mph (UCUM [mi_i]/h)."""

MEMBERS: Final[tuple[Code, ...]] = (kmH, Mph)
"""The resolved membership: own members, then those of the included groups, in order."""
