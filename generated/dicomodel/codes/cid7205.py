"""CID 7205 Purpose of Reference to Alternate Representation.

Extensible, version 20040322, UID 1.2.840.10008.6.1.511.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7205
NAME: _Final[str] = "Purpose of Reference to Alternate Representation"
KEYWORD: _Final[str | None] = "PurposeOfReferenceToAlternateRepresentation"
UID: _Final[str | None] = "1.2.840.10008.6.1.511"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040322"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SourceImage: _Final[_Code] = _Code("DCM", "121324", "Source image", (7060, 7061, 7205))
"""Source image (DCM 121324)."""

LossyCompressedImage: _Final[_Code] = _Code("DCM", "121325", "Lossy compressed image", (7205,))
"""Lossy compressed image (DCM 121325)."""

AlternateSOPClassInstance: _Final[_Code] = _Code(
    "DCM", "121326", "Alternate SOP Class instance", (7205,)
)
"""Alternate SOP Class instance (DCM 121326)."""

FullFidelityImage: _Final[_Code] = _Code("DCM", "121327", "Full fidelity image", (7205,))
"""Full fidelity image (DCM 121327)."""

AlternatePhotometricInterpretationImage: _Final[_Code] = _Code(
    "DCM", "121328", "Alternate Photometric Interpretation image", (7205,)
)
"""Alternate Photometric Interpretation image (DCM 121328)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    SourceImage,
    LossyCompressedImage,
    AlternateSOPClassInstance,
    FullFidelityImage,
    AlternatePhotometricInterpretationImage,
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
