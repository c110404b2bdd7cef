"""CID 101 Imaging Procedure.

Extensible, version 20220115, UID 1.2.840.10008.6.1.1436.
Includes CID 102, CID 103, CID 104, CID 105, CID 106, CID 107.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 101
NAME: Final[str] = "Imaging Procedure"
KEYWORD: Final[str | None] = None
UID: Final[str | None] = "1.2.840.10008.6.1.1436"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20220115"
INCLUDES: Final[tuple[int, ...]] = (102, 103, 104, 105, 106, 107)
EXTERNAL_SCHEME: Final[str | None] = None

MEMBERS: Final[tuple[Code, ...]] = ()
"""The resolved membership: own members, then those of the included groups, in order."""
