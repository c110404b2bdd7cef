"""CID 9530 Percentage and Dose Dosimetric Objective.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1240.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9530
NAME: Final[str] = "Percentage and Dose Dosimetric Objective"
KEYWORD: Final[str | None] = "PercentageAndDoseDosimetricObjective"
UID: Final[str | None] = "1.2.840.10008.6.1.1240"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MinimumPercentVolumeAtRadiationDose: Final[Code] = Code(
    "DCM", "130014", "Minimum Percent Volume at Radiation Dose", (9530,)
)
"""Minimum Percent Volume at Radiation Dose (DCM 130014)."""

MaximumPercentVolumeAtRadiationDose: Final[Code] = Code(
    "DCM", "130015", "Maximum Percent Volume at Radiation Dose", (9530,)
)
"""Maximum Percent Volume at Radiation Dose (DCM 130015)."""

MEMBERS: Final[tuple[Code, ...]] = (
    MinimumPercentVolumeAtRadiationDose,
    MaximumPercentVolumeAtRadiationDose,
)
"""The resolved membership: own members, then those of the included groups, in order."""
