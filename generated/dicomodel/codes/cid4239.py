"""CID 4239 Anterior Chamber Depth Definition.

Extensible, version 20100623, UID 1.2.840.10008.6.1.885.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4239
NAME: Final[str] = "Anterior Chamber Depth Definition"
KEYWORD: Final[str | None] = "AnteriorChamberDepthDefinition"
UID: Final[str | None] = "1.2.840.10008.6.1.885"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100623"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

FrontOfCorneaToFrontOfLens: Final[Code] = Code(
    "DCM", "111776", "Front Of Cornea To Front Of Lens", (4239,)
)
"""Front Of Cornea To Front Of Lens (DCM 111776)."""

BackOfCorneaToFrontOfLens: Final[Code] = Code(
    "DCM", "111777", "Back Of Cornea To Front Of Lens", (4239,)
)
"""Back Of Cornea To Front Of Lens (DCM 111777)."""

MEMBERS: Final[tuple[Code, ...]] = (FrontOfCorneaToFrontOfLens, BackOfCorneaToFrontOfLens)
"""The resolved membership: own members, then those of the included groups, in order."""
