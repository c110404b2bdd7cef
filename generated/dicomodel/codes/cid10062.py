"""CID 10062 Equivalent Radiation Dose Type.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1156.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10062
NAME: _Final[str] = "Equivalent Radiation Dose Type"
KEYWORD: _Final[str | None] = "EquivalentRadiationDoseType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1156"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170405"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

MaximumEquivalentRadiationDose: _Final[_Code] = _Code(
    "DCM", "128535", "Maximum Equivalent Radiation Dose", (10062,)
)
"""Maximum Equivalent Radiation Dose (DCM 128535)."""

MinimumEquivalentRadiationDose: _Final[_Code] = _Code(
    "DCM", "128536", "Minimum Equivalent Radiation Dose", (10062,)
)
"""Minimum Equivalent Radiation Dose (DCM 128536)."""

MeanEquivalentRadiationDose: _Final[_Code] = _Code(
    "DCM", "128537", "Mean Equivalent Radiation Dose", (10062,)
)
"""Mean Equivalent Radiation Dose (DCM 128537)."""

ModeEquivalentRadiationDose: _Final[_Code] = _Code(
    "DCM", "128538", "Mode Equivalent Radiation Dose", (10062,)
)
"""Mode Equivalent Radiation Dose (DCM 128538)."""

MedianEquivalentRadiationDose: _Final[_Code] = _Code(
    "DCM", "128540", "Median Equivalent Radiation Dose", (10062,)
)
"""Median Equivalent Radiation Dose (DCM 128540)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    MaximumEquivalentRadiationDose,
    MinimumEquivalentRadiationDose,
    MeanEquivalentRadiationDose,
    ModeEquivalentRadiationDose,
    MedianEquivalentRadiationDose,
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
