"""CID 7704 Limbic System Tract.

Extensible, version 20150106, UID 1.2.840.10008.6.1.1016.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7704
NAME: Final[str] = "Limbic System Tract"
KEYWORD: Final[str | None] = "LimbicSystemTract"
UID: Final[str | None] = "1.2.840.10008.6.1.1016"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20150106"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Cingulum: Final[Code] = Code("SCT", "37035000", "cingulum", (7153, 7704))
"""cingulum (SCT 37035000)."""

Fornix: Final[Code] = Code("SCT", "87463005", "fornix", (7153, 7704))
"""fornix (SCT 87463005)."""

StriaTerminalis: Final[Code] = Code("NEU", "286", "stria terminalis", (7704,))
"""stria terminalis (NEU 286)."""

MEMBERS: Final[tuple[Code, ...]] = (Cingulum, Fornix, StriaTerminalis)
"""The resolved membership: own members, then those of the included groups, in order."""
