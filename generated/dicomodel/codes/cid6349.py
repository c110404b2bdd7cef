"""CID 6349 MR Coil Type.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1406.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6349
NAME: Final[str] = "MR Coil Type"
KEYWORD: Final[str | None] = "MRCoilType"
UID: Final[str | None] = "1.2.840.10008.6.1.1406"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210714"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

EndorectalCoil: Final[Code] = Code("RADLEX", "RID10809", "Endorectal coil", (6349,))
"""Endorectal coil (RADLEX RID10809)."""

MEMBERS: Final[tuple[Code, ...]] = (EndorectalCoil,)
"""The resolved membership: own members, then those of the included groups, in order."""
