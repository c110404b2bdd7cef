"""CID 7100 RCS Registration Method Type.

Extensible, version 20200920, UID 1.2.840.10008.6.1.494.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7100
NAME: _Final[str] = "RCS Registration Method Type"
KEYWORD: _Final[str | None] = "RCSRegistrationMethodType"
UID: _Final[str | None] = "1.2.840.10008.6.1.494"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200920"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

FrameOfReferenceIdentity: _Final[_Code] = _Code(
    "DCM", "125021", "Frame of Reference Identity", (7100,)
)
"""Frame of Reference Identity (DCM 125021)."""

AcquisitionEquipmentAlignment: _Final[_Code] = _Code(
    "DCM", "125023", "Acquisition Equipment Alignment", (7100,)
)
"""Acquisition Equipment Alignment (DCM 125023)."""

VisualAlignment: _Final[_Code] = _Code("DCM", "125025", "Visual Alignment", (7100,))
"""Visual Alignment (DCM 125025)."""

FiducialAlignment: _Final[_Code] = _Code("DCM", "125022", "Fiducial Alignment", (7100, 8203))
"""Fiducial Alignment (DCM 125022)."""

ImageContentBasedAlignment: _Final[_Code] = _Code(
    "DCM", "125024", "Image Content-based Alignment", (7100,)
)
"""Image Content-based Alignment (DCM 125024)."""

ImageContentAndFiducialBasedAlignment: _Final[_Code] = _Code(
    "DCM", "125026", "Image Content and Fiducial Based Alignment", (7100,)
)
"""Image Content and Fiducial Based Alignment (DCM 125026)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    FrameOfReferenceIdentity,
    AcquisitionEquipmentAlignment,
    VisualAlignment,
    FiducialAlignment,
    ImageContentBasedAlignment,
    ImageContentAndFiducialBasedAlignment,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
