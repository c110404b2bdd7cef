"""CID 6108 Chest Anatomic Structure Abnormal Distribution.

Extensible, version 20030108, UID 1.2.840.10008.6.1.428.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6108
NAME: _Final[str] = "Chest Anatomic Structure Abnormal Distribution"
KEYWORD: _Final[str | None] = "ChestAnatomicStructureAbnormalDistribution"
UID: _Final[str | None] = "1.2.840.10008.6.1.428"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030108"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AirTrapping: _Final[_Code] = _Code("SCT", "76171001", "Air-trapping", (6105, 6108))
"""Air-trapping (SCT 76171001)."""

ArchitecturalDistortion: _Final[_Code] = _Code("DCM", "112079", "Architectural distortion", (6108,))
"""Architectural distortion (DCM 112079)."""

MosaicPerfusion: _Final[_Code] = _Code("DCM", "112080", "Mosaic perfusion", (6108,))
"""Mosaic perfusion (DCM 112080)."""

Oligemia: _Final[_Code] = _Code("DCM", "112060", "Oligemia", (6108,))
"""Oligemia (DCM 112060)."""

Pleonemia: _Final[_Code] = _Code("DCM", "112081", "Pleonemia", (6108,))
"""Pleonemia (DCM 112081)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AirTrapping,
    ArchitecturalDistortion,
    MosaicPerfusion,
    Oligemia,
    Pleonemia,
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
