"""CID 7210 Related Series Purpose of Reference.

Extensible, version 20140627, UID 1.2.840.10008.6.1.512.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7210
NAME: _Final[str] = "Related Series Purpose of Reference"
KEYWORD: _Final[str | None] = "RelatedSeriesPurposeOfReference"
UID: _Final[str | None] = "1.2.840.10008.6.1.512"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20140627"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SimultaneouslyAcquired: _Final[_Code] = _Code("DCM", "122400", "Simultaneously Acquired", (7210,))
"""Simultaneously Acquired (DCM 122400)."""

SameAnatomy: _Final[_Code] = _Code("DCM", "122401", "Same Anatomy", (7210,))
"""Same Anatomy (DCM 122401)."""

SameIndication: _Final[_Code] = _Code("DCM", "122402", "Same Indication", (7210,))
"""Same Indication (DCM 122402)."""

ForAttenuationCorrection: _Final[_Code] = _Code(
    "DCM", "122403", "For Attenuation Correction", (7210,)
)
"""For Attenuation Correction (DCM 122403)."""

SourceSeriesForImageProcessingOperation: _Final[_Code] = _Code(
    "DCM", "121323", "Source series for image processing operation", (7210,)
)
"""Source series for image processing operation (DCM 121323)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    SimultaneouslyAcquired,
    SameAnatomy,
    SameIndication,
    ForAttenuationCorrection,
    SourceSeriesForImageProcessingOperation,
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
