"""CID 8101 Container Type.

Extensible, version 20080626, UID 1.2.840.10008.6.1.1043.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 8101
NAME: _Final[str] = "Container Type"
KEYWORD: _Final[str | None] = "ContainerType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1043"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080626"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

TissueCassette: _Final[_Code] = _Code("SCT", "434464009", "Tissue cassette", (8101,))
"""Tissue cassette (SCT 434464009)."""

TissueMicroarrayCassette: _Final[_Code] = _Code(
    "SCT", "434708008", "Tissue microarray cassette", (8101,)
)
"""Tissue microarray cassette (SCT 434708008)."""

SpecimenVial: _Final[_Code] = _Code("SCT", "434746001", "Specimen vial", (8101,))
"""Specimen vial (SCT 434746001)."""

MicroscopeSlide: _Final[_Code] = _Code("SCT", "433466003", "Microscope slide", (8101,))
"""Microscope slide (SCT 433466003)."""

SpecimenContainer: _Final[_Code] = _Code("SCT", "434711009", "Specimen container", (8101,))
"""Specimen container (SCT 434711009)."""

ElectronMicroscopyGrid: _Final[_Code] = _Code(
    "SCT", "434533009", "Electron microscopy grid", (8101,)
)
"""Electron microscopy grid (SCT 434533009)."""

SpecimenWell: _Final[_Code] = _Code("SCT", "434822004", "Specimen well", (8101,))
"""Specimen well (SCT 434822004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
