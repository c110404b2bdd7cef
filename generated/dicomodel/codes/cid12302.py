"""CID 12302 Echo Finding Observation Type.

Non-extensible, version 20161109, UID 1.2.840.10008.6.1.1143.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12302
NAME: _Final[str] = "Echo Finding Observation Type"
KEYWORD: _Final[str | None] = "EchoFindingObservationType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1143"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20161109"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

StructureOfTheFindingSite: _Final[_Code] = _Code(
    "DCM", "125311", "Structure of the Finding Site", (12302,)
)
"""Structure of the Finding Site (DCM 125311)."""

BehaviorOfTheFindingSite: _Final[_Code] = _Code(
    "DCM", "125312", "Behavior of the Finding Site", (12302,)
)
"""Behavior of the Finding Site (DCM 125312)."""

HemodynamicMeasurements: _Final[_Code] = _Code(
    "SCT", "44324008", "Hemodynamic Measurements", (12302,)
)
"""Hemodynamic Measurements (SCT 44324008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    StructureOfTheFindingSite,
    BehaviorOfTheFindingSite,
    HemodynamicMeasurements,
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
