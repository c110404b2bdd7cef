"""CID 10045 Radiopharmaceutical Patient State.

Extensible, version 20140419, UID 1.2.840.10008.6.1.977.
Includes CID 3102.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10045
NAME: Final[str] = "Radiopharmaceutical Patient State"
KEYWORD: Final[str | None] = "RadiopharmaceuticalPatientState"
UID: Final[str | None] = "1.2.840.10008.6.1.977"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20140419"
INCLUDES: Final[tuple[int, ...]] = (3102,)
EXTERNAL_SCHEME: Final[str | None] = None

AbnormalRenalFunction: Final[Code] = Code("SCT", "39539005", "Abnormal Renal Function", (64, 10045))
"""Abnormal Renal Function (SCT 39539005)."""

AcuteUnilateralRenalBlockage: Final[Code] = Code(
    "DCM", "113560", "Acute unilateral renal blockage", (64, 10045)
)
"""Acute unilateral renal blockage (DCM 113560)."""

LowThyroidUptake: Final[Code] = Code("DCM", "113561", "Low Thyroid Uptake", (64, 10045))
"""Low Thyroid Uptake (DCM 113561)."""

HighThyroidUptake: Final[Code] = Code("DCM", "113562", "High Thyroid Uptake", (64, 10045))
"""High Thyroid Uptake (DCM 113562)."""

SeverelyJaundiced: Final[Code] = Code("DCM", "113563", "Severely Jaundiced", (64, 10045))
"""Severely Jaundiced (DCM 113563)."""

RestingState: Final[Code] = Code(
    "SCT", "128975004", "Resting State", (3101, 3102, 3207, 3250, 3262, 3602, 3651)
)
"""Resting State (SCT 128975004). Included from CID 3102."""

CardiacStressState: Final[Code] = Code("DCM", "109091", "Cardiac Stress State", (3102,))
"""Cardiac Stress State (DCM 109091). Included from CID 3102."""

MEMBERS: Final[tuple[Code, ...]] = (
    AbnormalRenalFunction,
    AcuteUnilateralRenalBlockage,
    LowThyroidUptake,
    HighThyroidUptake,
    SeverelyJaundiced,
    RestingState,
    CardiacStressState,
)
"""The resolved membership: own members, then those of the included groups, in order."""
