"""CID 6351 Prostate Relational Measurement.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1408.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6351
NAME: _Final[str] = "Prostate Relational Measurement"
KEYWORD: _Final[str | None] = "ProstateRelationalMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.1408"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210714"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

DistanceFromNeurovascularBundle: _Final[_Code] = _Code(
    "DCM", "130557", "Distance from neurovascular bundle", (6351,)
)
"""Distance from neurovascular bundle (DCM 130557)."""

LesionCapsularContactLength: _Final[_Code] = _Code(
    "DCM", "130558", "Lesion capsular contact length", (6351,)
)
"""Lesion capsular contact length (DCM 130558)."""

MEMBERS: _Final[tuple[_Code, ...]] = (DistanceFromNeurovascularBundle, LesionCapsularContactLength)
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
