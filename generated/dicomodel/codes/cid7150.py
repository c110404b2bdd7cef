"""CID 7150 Segmentation Property Category.

Extensible, version 20191110, UID 1.2.840.10008.6.1.496.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7150
NAME: _Final[str] = "Segmentation Property Category"
KEYWORD: _Final[str | None] = "SegmentationPropertyCategory"
UID: _Final[str | None] = "1.2.840.10008.6.1.496"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20191110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Tissue: _Final[_Code] = _Code("SCT", "85756007", "Tissue", (7150, 7165, 7166))
"""Tissue (SCT 85756007)."""

AnatomicalStructure: _Final[_Code] = _Code("SCT", "91723000", "Anatomical Structure", (7150, 9501))
"""Anatomical Structure (SCT 91723000)."""

PhysicalObject: _Final[_Code] = _Code("SCT", "260787004", "Physical object", (7150, 9501))
"""Physical object (SCT 260787004)."""

MorphologicallyAbnormalStructure: _Final[_Code] = _Code(
    "SCT", "49755003", "Morphologically Abnormal Structure", (1000, 3487, 4266, 7150)
)
"""Morphologically Abnormal Structure (SCT 49755003)."""

Function: _Final[_Code] = _Code("SCT", "246464006", "Function", (7150,))
"""Function (SCT 246464006)."""

SpatialAndRelationalConcept: _Final[_Code] = _Code(
    "SCT", "309825002", "Spatial and Relational Concept", (7150,)
)
"""Spatial and Relational Concept (SCT 309825002)."""

BodySubstance: _Final[_Code] = _Code("SCT", "91720002", "Body Substance", (7150,))
"""Body Substance (SCT 91720002)."""

Substance: _Final[_Code] = _Code("SCT", "105590001", "Substance", (7150,))
"""Substance (SCT 105590001)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Tissue,
    AnatomicalStructure,
    PhysicalObject,
    MorphologicallyAbnormalStructure,
    Function,
    SpatialAndRelationalConcept,
    BodySubstance,
    Substance,
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
