"""CID 102 LOINC-RSNA Radiology Imaging Procedure.

Non-extensible, UID 1.3.6.1.4.1.12009.10.2.5.1.
Comprises the coding scheme LN as a whole.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 102
NAME: Final[str] = "LOINC-RSNA Radiology Imaging Procedure"
KEYWORD: Final[str | None] = None
UID: Final[str | None] = "1.3.6.1.4.1.12009.10.2.5.1"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = None
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = "LN"

MEMBERS: Final[tuple[Code, ...]] = ()
"""The resolved membership: own members, then those of the included groups, in order."""
