"""CID 10061 Absorbed Radiation Dose Type.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1155.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10061
NAME: Final[str] = "Absorbed Radiation Dose Type"
KEYWORD: Final[str | None] = "AbsorbedRadiationDoseType"
UID: Final[str | None] = "1.2.840.10008.6.1.1155"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170405"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MaximumAbsorbedRadiationDose: Final[Code] = Code(
    "DCM", "128531", "Maximum Absorbed Radiation Dose", (10061,)
)
"""Maximum Absorbed Radiation Dose (DCM 128531)."""

MinimumAbsorbedRadiationDose: Final[Code] = Code(
    "DCM", "128532", "Minimum Absorbed Radiation Dose", (10061,)
)
"""Minimum Absorbed Radiation Dose (DCM 128532)."""

MeanAbsorbedRadiationDose: Final[Code] = Code(
    "DCM", "128533", "Mean Absorbed Radiation Dose", (10061,)
)
"""Mean Absorbed Radiation Dose (DCM 128533)."""

ModeAbsorbedRadiationDose: Final[Code] = Code(
    "DCM", "128534", "Mode Absorbed Radiation Dose", (10061,)
)
"""Mode Absorbed Radiation Dose (DCM 128534)."""

MedianAbsorbedRadiationDose: Final[Code] = Code(
    "DCM", "128539", "Median Absorbed Radiation Dose", (10061,)
)
"""Median Absorbed Radiation Dose (DCM 128539)."""

MEMBERS: Final[tuple[Code, ...]] = (
    MaximumAbsorbedRadiationDose,
    MinimumAbsorbedRadiationDose,
    MeanAbsorbedRadiationDose,
    ModeAbsorbedRadiationDose,
    MedianAbsorbedRadiationDose,
)
"""The resolved membership: own members, then those of the included groups, in order."""
