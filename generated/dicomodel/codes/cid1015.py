"""CID 1015 Patient Alignment Method.

Extensible, version 20160905, UID 1.2.840.10008.6.1.1130.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 1015
NAME: Final[str] = "Patient Alignment Method"
KEYWORD: Final[str | None] = "PatientAlignmentMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.1130"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160905"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LaserCrossHairs: Final[Code] = Code("DCM", "128151", "Laser Cross-hairs", (1015, 9575))
"""Laser Cross-hairs (DCM 128151)."""

MEMBERS: Final[tuple[Code, ...]] = (LaserCrossHairs,)
"""The resolved membership: own members, then those of the included groups, in order."""
