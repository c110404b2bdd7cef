"""CID 4216 Ophthalmic Visual Acuity Type.

Extensible, version 20080124, UID 1.2.840.10008.6.1.802.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4216
NAME: Final[str] = "Ophthalmic Visual Acuity Type"
KEYWORD: Final[str | None] = "OphthalmicVisualAcuityType"
UID: Final[str | None] = "1.2.840.10008.6.1.802"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080124"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AutorefractionVisualAcuity: Final[Code] = Code(
    "DCM", "111685", "Autorefraction Visual Acuity", (4216,)
)
"""Autorefraction Visual Acuity (DCM 111685)."""

HabitualVisualAcuity: Final[Code] = Code("DCM", "111686", "Habitual Visual Acuity", (4216,))
"""Habitual Visual Acuity (DCM 111686)."""

PrescriptionVisualAcuity: Final[Code] = Code("DCM", "111687", "Prescription Visual Acuity", (4216,))
"""Prescription Visual Acuity (DCM 111687)."""

PotentialAcuityMeterVisualAcuity: Final[Code] = Code(
    "SCT", "424622008", "Potential Acuity Meter Visual Acuity", (4216,)
)
"""Potential Acuity Meter Visual Acuity (SCT 424622008)."""

BestCorrectedVisualAcuity: Final[Code] = Code(
    "SCT", "419775003", "Best Corrected Visual Acuity", (4216,)
)
"""Best Corrected Visual Acuity (SCT 419775003)."""

UncorrectedVisualAcuity: Final[Code] = Code(
    "SCT", "420050001", "Uncorrected Visual Acuity", (4216,)
)
"""Uncorrected Visual Acuity (SCT 420050001)."""

PinholeVisualAcuity: Final[Code] = Code("SCT", "419475002", "Pinhole Visual Acuity", (4216,))
"""Pinhole Visual Acuity (SCT 419475002)."""

BrightnessAcuityTestingVisualAcuity: Final[Code] = Code(
    "SCT", "425141002", "Brightness Acuity Testing Visual Acuity", (4216,)
)
"""Brightness Acuity Testing Visual Acuity (SCT 425141002)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AutorefractionVisualAcuity,
    HabitualVisualAcuity,
    PrescriptionVisualAcuity,
    PotentialAcuityMeterVisualAcuity,
    BestCorrectedVisualAcuity,
    UncorrectedVisualAcuity,
    PinholeVisualAcuity,
    BrightnessAcuityTestingVisualAcuity,
)
"""The resolved membership: own members, then those of the included groups, in order."""
