"""CID 8120 Whole Slide Microscopy Image Referenced Image Purpose of Reference.

Extensible, version 20100824, UID 1.2.840.10008.6.1.897.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 8120
NAME: _Final[str] = "Whole Slide Microscopy Image Referenced Image Purpose of Reference"
KEYWORD: _Final[str | None] = "WholeSlideMicroscopyImageReferencedImagePurposeOfReference"
UID: _Final[str | None] = "1.2.840.10008.6.1.897"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100824"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Localizer: _Final[_Code] = _Code("DCM", "121311", "Localizer", (4264, 7201, 8120))
"""Localizer (DCM 121311)."""

SameAcquisitionAtLowerResolution: _Final[_Code] = _Code(
    "DCM", "121350", "Same acquisition at lower resolution", (8120,)
)
"""Same acquisition at lower resolution (DCM 121350)."""

SameAcquisitionAtHigherResolution: _Final[_Code] = _Code(
    "DCM", "121351", "Same acquisition at higher resolution", (8120,)
)
"""Same acquisition at higher resolution (DCM 121351)."""

SameAcquisitionAtDifferentFocalDepth: _Final[_Code] = _Code(
    "DCM", "121352", "Same acquisition at different focal depth", (8120,)
)
"""Same acquisition at different focal depth (DCM 121352)."""

SameAcquisitionAtDifferentSpectralBand: _Final[_Code] = _Code(
    "DCM", "121353", "Same acquisition at different spectral band", (8120,)
)
"""Same acquisition at different spectral band (DCM 121353)."""

ImagedContainerLabel: _Final[_Code] = _Code("DCM", "121354", "Imaged container label", (8120,))
"""Imaged container label (DCM 121354)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Localizer,
    SameAcquisitionAtLowerResolution,
    SameAcquisitionAtHigherResolution,
    SameAcquisitionAtDifferentFocalDepth,
    SameAcquisitionAtDifferentSpectralBand,
    ImagedContainerLabel,
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
