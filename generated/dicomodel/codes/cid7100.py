"""CID 7100 RCS Registration Method Type.

Extensible, version 20200920, UID 1.2.840.10008.6.1.494.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7100
NAME: Final[str] = "RCS Registration Method Type"
KEYWORD: Final[str | None] = "RCSRegistrationMethodType"
UID: Final[str | None] = "1.2.840.10008.6.1.494"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200920"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

FrameOfReferenceIdentity: Final[Code] = Code(
    "DCM", "125021", "Frame of Reference Identity", (7100,)
)
"""Frame of Reference Identity (DCM 125021)."""

AcquisitionEquipmentAlignment: Final[Code] = Code(
    "DCM", "125023", "Acquisition Equipment Alignment", (7100,)
)
"""Acquisition Equipment Alignment (DCM 125023)."""

VisualAlignment: Final[Code] = Code("DCM", "125025", "Visual Alignment", (7100,))
"""Visual Alignment (DCM 125025)."""

FiducialAlignment: Final[Code] = Code("DCM", "125022", "Fiducial Alignment", (7100, 8203))
"""Fiducial Alignment (DCM 125022)."""

ImageContentBasedAlignment: Final[Code] = Code(
    "DCM", "125024", "Image Content-based Alignment", (7100,)
)
"""Image Content-based Alignment (DCM 125024)."""

ImageContentAndFiducialBasedAlignment: Final[Code] = Code(
    "DCM", "125026", "Image Content and Fiducial Based Alignment", (7100,)
)
"""Image Content and Fiducial Based Alignment (DCM 125026)."""

MEMBERS: Final[tuple[Code, ...]] = (
    FrameOfReferenceIdentity,
    AcquisitionEquipmentAlignment,
    VisualAlignment,
    FiducialAlignment,
    ImageContentBasedAlignment,
    ImageContentAndFiducialBasedAlignment,
)
"""The resolved membership: own members, then those of the included groups, in order."""
