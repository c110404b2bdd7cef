"""CID 10062 Equivalent Radiation Dose Type.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1156.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10062
NAME: Final[str] = "Equivalent Radiation Dose Type"
KEYWORD: Final[str | None] = "EquivalentRadiationDoseType"
UID: Final[str | None] = "1.2.840.10008.6.1.1156"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170405"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MaximumEquivalentRadiationDose: Final[Code] = Code(
    "DCM", "128535", "Maximum Equivalent Radiation Dose", (10062,)
)
"""Maximum Equivalent Radiation Dose (DCM 128535)."""

MinimumEquivalentRadiationDose: Final[Code] = Code(
    "DCM", "128536", "Minimum Equivalent Radiation Dose", (10062,)
)
"""Minimum Equivalent Radiation Dose (DCM 128536)."""

MeanEquivalentRadiationDose: Final[Code] = Code(
    "DCM", "128537", "Mean Equivalent Radiation Dose", (10062,)
)
"""Mean Equivalent Radiation Dose (DCM 128537)."""

ModeEquivalentRadiationDose: Final[Code] = Code(
    "DCM", "128538", "Mode Equivalent Radiation Dose", (10062,)
)
"""Mode Equivalent Radiation Dose (DCM 128538)."""

MedianEquivalentRadiationDose: Final[Code] = Code(
    "DCM", "128540", "Median Equivalent Radiation Dose", (10062,)
)
"""Median Equivalent Radiation Dose (DCM 128540)."""

MEMBERS: Final[tuple[Code, ...]] = (
    MaximumEquivalentRadiationDose,
    MinimumEquivalentRadiationDose,
    MeanEquivalentRadiationDose,
    ModeEquivalentRadiationDose,
    MedianEquivalentRadiationDose,
)
"""The resolved membership: own members, then those of the included groups, in order."""
