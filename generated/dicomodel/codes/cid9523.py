"""CID 9523 Robotic Radiotherapy Procedure Technique.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1233.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9523
NAME: _Final[str] = "Robotic Radiotherapy Procedure Technique"
KEYWORD: _Final[str | None] = "RoboticRadiotherapyProcedureTechnique"
UID: _Final[str | None] = "1.2.840.10008.6.1.1233"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20181112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SynchronizedRoboticTreatment: _Final[_Code] = _Code(
    "DCM", "130139", "Synchronized Robotic Treatment", (9523,)
)
"""Synchronized Robotic Treatment (DCM 130139)."""

NonSynchronizedRoboticTreatment: _Final[_Code] = _Code(
    "DCM", "130140", "Non-Synchronized Robotic Treatment", (9523,)
)
"""Non-Synchronized Robotic Treatment (DCM 130140)."""

MEMBERS: _Final[tuple[_Code, ...]] = (SynchronizedRoboticTreatment, NonSynchronizedRoboticTreatment)
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
