"""CID 3736 NYHA Classification.

Extensible, version 20070827, UID 1.2.840.10008.6.1.233.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3736
NAME: Final[str] = "NYHA Classification"
KEYWORD: Final[str | None] = "NYHAClassification"
UID: Final[str | None] = "1.2.840.10008.6.1.233"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20070827"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NYHAClassI: Final[Code] = Code("SCT", "420300004", "NYHA Class I", (3736,))
"""NYHA Class I (SCT 420300004)."""

NYHAClassII: Final[Code] = Code("SCT", "421704003", "NYHA Class II", (3736,))
"""NYHA Class II (SCT 421704003)."""

NYHAClassIII: Final[Code] = Code("SCT", "420913000", "NYHA Class III", (3736,))
"""NYHA Class III (SCT 420913000)."""

NYHAClassIV: Final[Code] = Code("SCT", "422293003", "NYHA Class IV", (3736,))
"""NYHA Class IV (SCT 422293003)."""

MEMBERS: Final[tuple[Code, ...]] = (NYHAClassI, NYHAClassII, NYHAClassIII, NYHAClassIV)
"""The resolved membership: own members, then those of the included groups, in order."""
