"""CID 7011 Rejected for Quality Reason.

Extensible, version 20020904, UID 1.2.840.10008.6.1.491.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7011
NAME: _Final[str] = "Rejected for Quality Reason"
KEYWORD: _Final[str | None] = "RejectedForQualityReason"
UID: _Final[str | None] = "1.2.840.10008.6.1.491"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ImageArtifacts: _Final[_Code] = _Code("DCM", "111207", "Image artifact(s)", (7011,))
"""Image artifact(s) (DCM 111207)."""

GridArtifacts: _Final[_Code] = _Code("DCM", "111208", "Grid artifact(s)", (6041, 6135, 7011))
"""Grid artifact(s) (DCM 111208)."""

Positioning: _Final[_Code] = _Code("DCM", "111209", "Positioning", (4222, 6041, 6135, 7011))
"""Positioning (DCM 111209)."""

MotionBlur: _Final[_Code] = _Code("DCM", "111210", "Motion blur", (3115, 6041, 6135, 7011))
"""Motion blur (DCM 111210)."""

UnderExposed: _Final[_Code] = _Code("DCM", "111211", "Under exposed", (6041, 6135, 7011))
"""Under exposed (DCM 111211)."""

OverExposed: _Final[_Code] = _Code("DCM", "111212", "Over exposed", (6041, 6135, 7011))
"""Over exposed (DCM 111212)."""

NoImage: _Final[_Code] = _Code("DCM", "111213", "No image", (6041, 6135, 7011))
"""No image (DCM 111213)."""

DetectorArtifacts: _Final[_Code] = _Code(
    "DCM", "111214", "Detector artifact(s)", (6041, 6135, 7011)
)
"""Detector artifact(s) (DCM 111214)."""

ArtifactsOtherThanGridOrDetectorArtifact: _Final[_Code] = _Code(
    "DCM", "111215", "Artifact(s) other than grid or detector artifact", (6041, 6135, 7011)
)
"""Artifact(s) other than grid or detector artifact (DCM 111215)."""

MechanicalFailure: _Final[_Code] = _Code("DCM", "111216", "Mechanical failure", (6041, 6135, 7011))
"""Mechanical failure (DCM 111216)."""

ElectricalFailure: _Final[_Code] = _Code("DCM", "111217", "Electrical failure", (6041, 6135, 7011))
"""Electrical failure (DCM 111217)."""

SoftwareFailure: _Final[_Code] = _Code("DCM", "111218", "Software failure", (6041, 6135, 7011))
"""Software failure (DCM 111218)."""

InappropriateImageProcessing: _Final[_Code] = _Code(
    "DCM", "111219", "Inappropriate image processing", (6041, 6135, 7011)
)
"""Inappropriate image processing (DCM 111219)."""

OtherFailure: _Final[_Code] = _Code("DCM", "111220", "Other failure", (6041, 6135, 7011))
"""Other failure (DCM 111220)."""

UnknownFailure: _Final[_Code] = _Code("DCM", "111221", "Unknown failure", (6041, 6135, 7011))
"""Unknown failure (DCM 111221)."""

DoubleExposure: _Final[_Code] = _Code("DCM", "113026", "Double exposure", (7011,))
"""Double exposure (DCM 113026)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ImageArtifacts,
    GridArtifacts,
    Positioning,
    MotionBlur,
    UnderExposed,
    OverExposed,
    NoImage,
    DetectorArtifacts,
    ArtifactsOtherThanGridOrDetectorArtifact,
    MechanicalFailure,
    ElectricalFailure,
    SoftwareFailure,
    InappropriateImageProcessing,
    OtherFailure,
    UnknownFailure,
    DoubleExposure,
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
