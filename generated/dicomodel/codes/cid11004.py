"""CID 11004 Speed of Sound Correction Mechanisms.

Extensible, version 20230626, UID 1.2.840.10008.6.1.1474.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 11004
NAME: _Final[str] = "Speed of Sound Correction Mechanisms"
KEYWORD: _Final[str | None] = "SpeedOfSoundCorrectionMechanisms"
UID: _Final[str | None] = "1.2.840.10008.6.1.1474"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20230626"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

UniformSpeedOfSoundCorrection: _Final[_Code] = _Code(
    "DCM", "130818", "Uniform Speed of Sound Correction", (11004,)
)
"""Uniform Speed of Sound Correction (DCM 130818)."""

DualSpeedOfSoundCorrection: _Final[_Code] = _Code(
    "DCM", "130819", "Dual Speed of Sound Correction", (11004,)
)
"""Dual Speed of Sound Correction (DCM 130819)."""

SpeedOfSoundMapCorrection: _Final[_Code] = _Code(
    "DCM", "130820", "Speed of Sound Map Correction", (11004,)
)
"""Speed of Sound Map Correction (DCM 130820)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    UniformSpeedOfSoundCorrection,
    DualSpeedOfSoundCorrection,
    SpeedOfSoundMapCorrection,
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
