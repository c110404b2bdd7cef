"""CID 3829 Pulmonary Artery.

Extensible, version 20110818, UID 1.2.840.10008.6.1.281.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3829
NAME: _Final[str] = "Pulmonary Artery"
KEYWORD: _Final[str | None] = "PulmonaryArtery"
UID: _Final[str | None] = "1.2.840.10008.6.1.281"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20110818"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

TrunkOfPulmonaryArtery: _Final[_Code] = _Code(
    "SCT", "45341000", "Trunk of pulmonary artery", (3829, 6117, 12290, 12305)
)
"""Trunk of pulmonary artery (SCT 45341000)."""

SuprapulmonicValveArea: _Final[_Code] = _Code(
    "SCT", "79142001", "Suprapulmonic valve area", (3829,)
)
"""Suprapulmonic valve area (SCT 79142001)."""

PulmonaryValveSinuses: _Final[_Code] = _Code("SCT", "90315007", "pulmonary valve sinuses", (3829,))
"""pulmonary valve sinuses (SCT 90315007)."""

LeftPulmonaryArtery: _Final[_Code] = _Code(
    "SCT", "50408007", "Left pulmonary artery", (3010, 3606, 3829, 12280, 12305)
)
"""Left pulmonary artery (SCT 50408007)."""

RightPulmonaryArtery: _Final[_Code] = _Code(
    "SCT", "78480002", "Right pulmonary artery", (3010, 3606, 3829, 12280, 12305)
)
"""Right pulmonary artery (SCT 78480002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    TrunkOfPulmonaryArtery,
    SuprapulmonicValveArea,
    PulmonaryValveSinuses,
    LeftPulmonaryArtery,
    RightPulmonaryArtery,
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
