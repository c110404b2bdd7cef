"""CID 10061 Absorbed Radiation Dose Type.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1155.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10061
NAME: _Final[str] = "Absorbed Radiation Dose Type"
KEYWORD: _Final[str | None] = "AbsorbedRadiationDoseType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1155"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170405"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

MaximumAbsorbedRadiationDose: _Final[_Code] = _Code(
    "DCM", "128531", "Maximum Absorbed Radiation Dose", (10061,)
)
"""Maximum Absorbed Radiation Dose (DCM 128531)."""

MinimumAbsorbedRadiationDose: _Final[_Code] = _Code(
    "DCM", "128532", "Minimum Absorbed Radiation Dose", (10061,)
)
"""Minimum Absorbed Radiation Dose (DCM 128532)."""

MeanAbsorbedRadiationDose: _Final[_Code] = _Code(
    "DCM", "128533", "Mean Absorbed Radiation Dose", (10061,)
)
"""Mean Absorbed Radiation Dose (DCM 128533)."""

ModeAbsorbedRadiationDose: _Final[_Code] = _Code(
    "DCM", "128534", "Mode Absorbed Radiation Dose", (10061,)
)
"""Mode Absorbed Radiation Dose (DCM 128534)."""

MedianAbsorbedRadiationDose: _Final[_Code] = _Code(
    "DCM", "128539", "Median Absorbed Radiation Dose", (10061,)
)
"""Median Absorbed Radiation Dose (DCM 128539)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    MaximumAbsorbedRadiationDose,
    MinimumAbsorbedRadiationDose,
    MeanAbsorbedRadiationDose,
    ModeAbsorbedRadiationDose,
    MedianAbsorbedRadiationDose,
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
