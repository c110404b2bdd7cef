"""CID 104 NICIP SNOMED Imaging Procedure.

Non-extensible, UID 1.2.840.10008.6.1.1438.
Comprises the coding scheme SCT as a whole.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 104
NAME: Final[str] = "NICIP SNOMED Imaging Procedure"
KEYWORD: Final[str | None] = None
UID: Final[str | None] = "1.2.840.10008.6.1.1438"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = None
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = "SCT"

MEMBERS: Final[tuple[Code, ...]] = ()
"""The resolved membership: own members, then those of the included groups, in order."""
