"""CID 7457 Sex - Male Female or Both.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1067.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7457
NAME: Final[str] = "Sex - Male Female or Both"
KEYWORD: Final[str | None] = "SexMaleFemaleOrBoth"
UID: Final[str | None] = "1.2.840.10008.6.1.1067"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Male: Final[Code] = Code("DCM", "M", "Male", (7455, 7457))
"""Male (DCM M)."""

Female: Final[Code] = Code("DCM", "F", "Female", (7455, 7457))
"""Female (DCM F)."""

MixedSex: Final[Code] = Code("DCM", "127146", "Mixed sex", (7457,))
"""Mixed sex (DCM 127146)."""

MEMBERS: Final[tuple[Code, ...]] = (Male, Female, MixedSex)
"""The resolved membership: own members, then those of the included groups, in order."""
