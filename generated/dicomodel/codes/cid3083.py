"""CID 3083 Radioactivity Unit.

Extensible, version 20080927, UID 1.2.840.10008.6.1.737.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3083
NAME: Final[str] = "Radioactivity Unit"
KEYWORD: Final[str | None] = "RadioactivityUnit"
UID: Final[str | None] = "1.2.840.10008.6.1.737"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Becquerel: Final[Code] = Code("UCUM", "Bq", "becquerel", (3083,))
"""becquerel (UCUM Bq)."""

Megabecquerel: Final[Code] = Code("UCUM", "MBq", "megabecquerel", (3083,))
"""megabecquerel (UCUM MBq)."""

Millicurie: Final[Code] = Code("UCUM", "mCi", "millicurie", (3083,))
"""millicurie (UCUM mCi)."""

MEMBERS: Final[tuple[Code, ...]] = (Becquerel, Megabecquerel, Millicurie)
"""The resolved membership: own members, then those of the included groups, in order."""
