"""CID 9529 Single Dose Dosimetric Objective.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1239.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9529
NAME: Final[str] = "Single Dose Dosimetric Objective"
KEYWORD: Final[str | None] = "SingleDoseDosimetricObjective"
UID: Final[str | None] = "1.2.840.10008.6.1.1239"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MinimumSurfaceRadiationDose: Final[Code] = Code(
    "DCM", "130001", "Minimum Surface Radiation Dose", (9529,)
)
"""Minimum Surface Radiation Dose (DCM 130001)."""

MaximumSurfaceRadiationDose: Final[Code] = Code(
    "DCM", "130002", "Maximum Surface Radiation Dose", (9529,)
)
"""Maximum Surface Radiation Dose (DCM 130002)."""

MinimumRadiationDose: Final[Code] = Code("DCM", "130003", "Minimum Radiation Dose", (9529,))
"""Minimum Radiation Dose (DCM 130003)."""

MaximumRadiationDose: Final[Code] = Code("DCM", "130004", "Maximum Radiation Dose", (9529,))
"""Maximum Radiation Dose (DCM 130004)."""

MinimumMeanRadiationDose: Final[Code] = Code(
    "DCM", "130005", "Minimum Mean Radiation Dose", (9529,)
)
"""Minimum Mean Radiation Dose (DCM 130005)."""

MaximumMeanRadiationDose: Final[Code] = Code(
    "DCM", "130006", "Maximum Mean Radiation Dose", (9529,)
)
"""Maximum Mean Radiation Dose (DCM 130006)."""

MinimumEquivalentUniformDose: Final[Code] = Code(
    "DCM", "130007", "Minimum Equivalent Uniform Dose", (9529,)
)
"""Minimum Equivalent Uniform Dose (DCM 130007)."""

MaximumEquivalentUniformDose: Final[Code] = Code(
    "DCM", "130008", "Maximum Equivalent Uniform Dose", (9529,)
)
"""Maximum Equivalent Uniform Dose (DCM 130008)."""

PrescriptionRadiationDose: Final[Code] = Code(
    "DCM", "130009", "Prescription Radiation Dose", (9529,)
)
"""Prescription Radiation Dose (DCM 130009)."""

MEMBERS: Final[tuple[Code, ...]] = (
    MinimumSurfaceRadiationDose,
    MaximumSurfaceRadiationDose,
    MinimumRadiationDose,
    MaximumRadiationDose,
    MinimumMeanRadiationDose,
    MaximumMeanRadiationDose,
    MinimumEquivalentUniformDose,
    MaximumEquivalentUniformDose,
    PrescriptionRadiationDose,
)
"""The resolved membership: own members, then those of the included groups, in order."""
