"""CID 107 ICD-10-PCS Radiation Therapy Procedure.

Non-extensible, UID 1.2.840.10008.6.1.1441.
Comprises the coding scheme I10P as a whole.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 107
NAME: Final[str] = "ICD-10-PCS Radiation Therapy Procedure"
KEYWORD: Final[str | None] = None
UID: Final[str | None] = "1.2.840.10008.6.1.1441"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = None
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = "I10P"

MEMBERS: Final[tuple[Code, ...]] = ()
"""The resolved membership: own members, then those of the included groups, in order."""
