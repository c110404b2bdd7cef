"""CID 12116 Vessel Segment Modifier.

Extensible, version 20190524, UID 1.2.840.10008.6.1.583.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12116
NAME: _Final[str] = "Vessel Segment Modifier"
KEYWORD: _Final[str | None] = "VesselSegmentModifier"
UID: _Final[str | None] = "1.2.840.10008.6.1.583"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190524"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Distal: _Final[_Code] = _Code("SCT", "46053002", "Distal", (2, 5, 212, 12116, 12281))
"""Distal (SCT 46053002)."""

Middle: _Final[_Code] = _Code("NCIt", "C25569", "Middle", (212, 6025, 12116, 12117, 12281))
"""Middle (NCIt C25569)."""

OriginOfVessel: _Final[_Code] = _Code("SCT", "397421006", "Origin of vessel", (3496, 12116))
"""Origin of vessel (SCT 397421006)."""

Proximal: _Final[_Code] = _Code("SCT", "40415009", "Proximal", (2, 5, 212, 12116, 12281))
"""Proximal (SCT 40415009)."""

DilatedPortionOfSegment: _Final[_Code] = _Code(
    "SCT", "413996005", "Dilated portion of segment", (12116,)
)
"""Dilated portion of segment (SCT 413996005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Distal,
    Middle,
    OriginOfVessel,
    Proximal,
    DilatedPortionOfSegment,
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
