"""CID 8110 Specimen Sampling Procedure.

Extensible, version 20160314, UID 1.2.840.10008.6.1.1048.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 8110
NAME: _Final[str] = "Specimen Sampling Procedure"
KEYWORD: _Final[str | None] = "SpecimenSamplingProcedure"
UID: _Final[str | None] = "1.2.840.10008.6.1.1048"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Dissection: _Final[_Code] = _Code("SCT", "122459003", "Dissection", (8110,))
"""Dissection (SCT 122459003)."""

DissectionWithEntireSpecimenSubmission: _Final[_Code] = _Code(
    "DCM", "111726", "Dissection with entire specimen submission", (8110,)
)
"""Dissection with entire specimen submission (DCM 111726)."""

DissectionWithRepresentativeSectionsSubmission: _Final[_Code] = _Code(
    "DCM", "111727", "Dissection with representative sections submission", (8110,)
)
"""Dissection with representative sections submission (DCM 111727)."""

CoreSampling: _Final[_Code] = _Code("SCT", "434479002", "Core sampling", (8110,))
"""Core sampling (SCT 434479002)."""

BlockSectioning: _Final[_Code] = _Code("SCT", "434472006", "Block sectioning", (8110,))
"""Block sectioning (SCT 434472006)."""

LaserMicrodissection: _Final[_Code] = _Code("SCT", "433454009", "Laser microdissection", (8110,))
"""Laser microdissection (SCT 433454009)."""

BlockSurfaceRecut: _Final[_Code] = _Code("SCT", "434474007", "Block surface recut", (8110,))
"""Block surface recut (SCT 434474007)."""

BlockStepSectioning: _Final[_Code] = _Code("SCT", "434475008", "Block step sectioning", (8110,))
"""Block step sectioning (SCT 434475008)."""

TouchPreparation: _Final[_Code] = _Code(
    "SCT", "430854000", "Touch preparation (procedure)", (8110,)
)
"""Touch preparation (procedure) (SCT 430854000)."""

SmearProcedure: _Final[_Code] = _Code("SCT", "448895004", "Smear procedure", (8110,))
"""Smear procedure (SCT 448895004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Dissection,
    DissectionWithEntireSpecimenSubmission,
    DissectionWithRepresentativeSectionsSubmission,
    CoreSampling,
    BlockSectioning,
    LaserMicrodissection,
    BlockSurfaceRecut,
    BlockStepSectioning,
    TouchPreparation,
    SmearProcedure,
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
