"""CID 9531 Volume and Dose Dosimetric Objective.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1241.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9531
NAME: Final[str] = "Volume and Dose Dosimetric Objective"
KEYWORD: Final[str | None] = "VolumeAndDoseDosimetricObjective"
UID: Final[str | None] = "1.2.840.10008.6.1.1241"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MinimumAbsoluteVolumeAtRadiationDose: Final[Code] = Code(
    "DCM", "130016", "Minimum Absolute Volume at Radiation Dose", (9531,)
)
"""Minimum Absolute Volume at Radiation Dose (DCM 130016)."""

MaximumAbsoluteVolumeAtRadiationDose: Final[Code] = Code(
    "DCM", "130017", "Maximum Absolute Volume at Radiation Dose", (9531,)
)
"""Maximum Absolute Volume at Radiation Dose (DCM 130017)."""

MEMBERS: Final[tuple[Code, ...]] = (
    MinimumAbsoluteVolumeAtRadiationDose,
    MaximumAbsoluteVolumeAtRadiationDose,
)
"""The resolved membership: own members, then those of the included groups, in order."""
