"""CID 106 ICD-10-PCS Nuclear Medicine Procedure.

Non-extensible, UID 1.2.840.10008.6.1.1440.
Comprises the coding scheme I10P as a whole.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int] = 106
NAME: _Final[str] = "ICD-10-PCS Nuclear Medicine Procedure"
KEYWORD: _Final[str | None] = None
UID: _Final[str | None] = "1.2.840.10008.6.1.1440"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = None
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = "I10P"

MEMBERS: _Final[tuple[_Code, ...]] = ()
"""The resolved membership: own members, then those of the included groups, in order."""
