"""CID 8102 Container Component Type.

Extensible, version 20080626, UID 1.2.840.10008.6.1.1044.
Includes CID 8101.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 8102
NAME: _Final[str] = "Container Component Type"
KEYWORD: _Final[str | None] = "ContainerComponentType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1044"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080626"
INCLUDES: _Final[tuple[int, ...]] = (8101,)
EXTERNAL_SCHEME: _Final[str | None] = None

MicroscopeSlideCoverSlip: _Final[_Code] = _Code(
    "SCT", "433472003", "Microscope slide cover slip", (8102,)
)
"""Microscope slide cover slip (SCT 433472003)."""

MicroscopeSlideMountingMedia: _Final[_Code] = _Code(
    "SCT", "430862008", "Microscope slide mounting media", (8102,)
)
"""Microscope slide mounting media (SCT 430862008)."""

SpecimenContainerLid: _Final[_Code] = _Code("SCT", "434473001", "Specimen container lid", (8102,))
"""Specimen container lid (SCT 434473001)."""

TissueCassette: _Final[_Code] = _Code("SCT", "434464009", "Tissue cassette", (8101,))
"""Tissue cassette (SCT 434464009). Included from CID 8101."""

TissueMicroarrayCassette: _Final[_Code] = _Code(
    "SCT", "434708008", "Tissue microarray cassette", (8101,)
)
"""Tissue microarray cassette (SCT 434708008). Included from CID 8101."""

SpecimenVial: _Final[_Code] = _Code("SCT", "434746001", "Specimen vial", (8101,))
"""Specimen vial (SCT 434746001). Included from CID 8101."""

MicroscopeSlide: _Final[_Code] = _Code("SCT", "433466003", "Microscope slide", (8101,))
"""Microscope slide (SCT 433466003). Included from CID 8101."""

SpecimenContainer: _Final[_Code] = _Code("SCT", "434711009", "Specimen container", (8101,))
"""Specimen container (SCT 434711009). Included from CID 8101."""

ElectronMicroscopyGrid: _Final[_Code] = _Code(
    "SCT", "434533009", "Electron microscopy grid", (8101,)
)
"""Electron microscopy grid (SCT 434533009). Included from CID 8101."""

SpecimenWell: _Final[_Code] = _Code("SCT", "434822004", "Specimen well", (8101,))
"""Specimen well (SCT 434822004). Included from CID 8101."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    MicroscopeSlideCoverSlip,
    MicroscopeSlideMountingMedia,
    SpecimenContainerLid,
    TissueCassette,
    TissueMicroarrayCassette,
    SpecimenVial,
    MicroscopeSlide,
    SpecimenContainer,
    ElectronMicroscopyGrid,
    SpecimenWell,
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
