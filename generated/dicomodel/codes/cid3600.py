"""CID 3600 Relative Time.

Extensible, version 20030327, UID 1.2.840.10008.6.1.153.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3600
NAME: Final[str] = "Relative Time"
KEYWORD: Final[str | None] = "RelativeTime"
UID: Final[str | None] = "1.2.840.10008.6.1.153"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Before: Final[Code] = Code("SCT", "272113006", "Before", (3600,))
"""Before (SCT 272113006)."""

During: Final[Code] = Code("SCT", "272114000", "During", (3600,))
"""During (SCT 272114000)."""

After: Final[Code] = Code("SCT", "288563008", "After", (3600,))
"""After (SCT 288563008)."""

MEMBERS: Final[tuple[Code, ...]] = (Before, During, After)
"""The resolved membership: own members, then those of the included groups, in order."""
