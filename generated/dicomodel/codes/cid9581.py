"""CID 9581 Radiotherapy Registration Mark.

Extensible, version 20220402, UID 1.2.840.10008.6.1.1443.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9581
NAME: Final[str] = "Radiotherapy Registration Mark"
KEYWORD: Final[str | None] = "RadiotherapyRegistrationMark"
UID: Final[str | None] = "1.2.840.10008.6.1.1443"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20220402"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

FiducialMark: Final[Code] = Code("DCM", "112171", "Fiducial mark", (6203, 6404, 7110, 9581))
"""Fiducial mark (DCM 112171)."""

MEMBERS: Final[tuple[Code, ...]] = (FiducialMark,)
"""The resolved membership: own members, then those of the included groups, in order."""
