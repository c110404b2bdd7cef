"""CID 11004 Speed of Sound Correction Mechanisms.

Extensible, version 20230626, UID 1.2.840.10008.6.1.1474.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 11004
NAME: Final[str] = "Speed of Sound Correction Mechanisms"
KEYWORD: Final[str | None] = "SpeedOfSoundCorrectionMechanisms"
UID: Final[str | None] = "1.2.840.10008.6.1.1474"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20230626"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

UniformSpeedOfSoundCorrection: Final[Code] = Code(
    "DCM", "130818", "Uniform Speed of Sound Correction", (11004,)
)
"""Uniform Speed of Sound Correction (DCM 130818)."""

DualSpeedOfSoundCorrection: Final[Code] = Code(
    "DCM", "130819", "Dual Speed of Sound Correction", (11004,)
)
"""Dual Speed of Sound Correction (DCM 130819)."""

SpeedOfSoundMapCorrection: Final[Code] = Code(
    "DCM", "130820", "Speed of Sound Map Correction", (11004,)
)
"""Speed of Sound Map Correction (DCM 130820)."""

MEMBERS: Final[tuple[Code, ...]] = (
    UniformSpeedOfSoundCorrection,
    DualSpeedOfSoundCorrection,
    SpeedOfSoundMapCorrection,
)
"""The resolved membership: own members, then those of the included groups, in order."""
