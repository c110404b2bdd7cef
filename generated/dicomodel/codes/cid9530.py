"""CID 9530 Percentage and Dose Dosimetric Objective.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1240.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9530
NAME: _Final[str] = "Percentage and Dose Dosimetric Objective"
KEYWORD: _Final[str | None] = "PercentageAndDoseDosimetricObjective"
UID: _Final[str | None] = "1.2.840.10008.6.1.1240"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20181112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

MinimumPercentVolumeAtRadiationDose: _Final[_Code] = _Code(
    "DCM", "130014", "Minimum Percent Volume at Radiation Dose", (9530,)
)
"""Minimum Percent Volume at Radiation Dose (DCM 130014)."""

MaximumPercentVolumeAtRadiationDose: _Final[_Code] = _Code(
    "DCM", "130015", "Maximum Percent Volume at Radiation Dose", (9530,)
)
"""Maximum Percent Volume at Radiation Dose (DCM 130015)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    MinimumPercentVolumeAtRadiationDose,
    MaximumPercentVolumeAtRadiationDose,
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
