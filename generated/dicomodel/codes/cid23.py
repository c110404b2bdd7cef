"""CID 23 Cranio-Caudad Angulation.

Extensible, version 20020904, UID 1.2.840.10008.6.1.16.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 23
NAME: Final[str] = "Cranio-Caudad Angulation"
KEYWORD: Final[str | None] = "CranioCaudadAngulation"
UID: Final[str | None] = "1.2.840.10008.6.1.16"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20020904"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Cephalic: Final[Code] = Code("SCT", "66787007", "Cephalic", (2, 5, 23))
"""Cephalic (SCT 66787007)."""

Caudal: Final[Code] = Code("SCT", "3583002", "Caudal", (2, 5, 23))
"""Caudal (SCT 3583002)."""

MEMBERS: Final[tuple[Code, ...]] = (Cephalic, Caudal)
"""The resolved membership: own members, then those of the included groups, in order."""
