"""CID 7110 Fiducial Category.

Extensible, version 20160919, UID 1.2.840.10008.6.1.1132.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7110
NAME: Final[str] = "Fiducial Category"
KEYWORD: Final[str | None] = "FiducialCategory"
UID: Final[str | None] = "1.2.840.10008.6.1.1132"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160919"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

FiducialMark: Final[Code] = Code("DCM", "112171", "Fiducial mark", (6203, 6404, 7110, 9581))
"""Fiducial mark (DCM 112171)."""

AnatomicalPoint: Final[Code] = Code("SCT", "711101009", "Anatomical point", (7110,))
"""Anatomical point (SCT 711101009)."""

BodySurfacePoint: Final[Code] = Code("SCT", "183973000", "Body surface point", (7110,))
"""Body surface point (SCT 183973000)."""

BodyReferencePointMarker: Final[Code] = Code(
    "SCT", "706484002", "Body reference point marker", (7110,)
)
"""Body reference point marker (SCT 706484002)."""

MEMBERS: Final[tuple[Code, ...]] = (
    FiducialMark,
    AnatomicalPoint,
    BodySurfacePoint,
    BodyReferencePointMarker,
)
"""The resolved membership: own members, then those of the included groups, in order."""
