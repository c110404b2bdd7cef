"""CID 103 NICIP Short Code Imaging Procedure.

Non-extensible, UID 1.2.840.10008.6.1.1437.
Comprises the coding scheme NICIP as a whole.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 103
NAME: Final[str] = "NICIP Short Code Imaging Procedure"
KEYWORD: Final[str | None] = None
UID: Final[str | None] = "1.2.840.10008.6.1.1437"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = None
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = "NICIP"

MEMBERS: Final[tuple[Code, ...]] = ()
"""The resolved membership: own members, then those of the included groups, in order."""
