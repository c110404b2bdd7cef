"""CID 75 Low High or Equal.

Non-extensible, version 20181115, UID 1.2.840.10008.6.1.1265.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 75
NAME: Final[str] = "Low High or Equal"
KEYWORD: Final[str | None] = "LowHighOrEqual"
UID: Final[str | None] = "1.2.840.10008.6.1.1265"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20181115"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Low: Final[Code] = Code("SCT", "62482003", "Low", (75,))
"""Low (SCT 62482003)."""

High: Final[Code] = Code("SCT", "75540009", "High", (75, 3642))
"""High (SCT 75540009)."""

Equal: Final[Code] = Code("SCT", "9726003", "Equal", (75,))
"""Equal (SCT 9726003)."""

MEMBERS: Final[tuple[Code, ...]] = (Low, High, Equal)
"""The resolved membership: own members, then those of the included groups, in order."""
