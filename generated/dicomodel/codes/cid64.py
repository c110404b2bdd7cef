"""CID 64 Imaging Agent Administration Patient State.

Extensible, version 20230630, UID 1.2.840.10008.6.1.1254.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 64
NAME: Final[str] = "Imaging Agent Administration Patient State"
KEYWORD: Final[str | None] = "ImagingAgentAdministrationPatientState"
UID: Final[str | None] = "1.2.840.10008.6.1.1254"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20230630"
INCLUDES: Final[tuple[int, ...]] = ()
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

HistoryOfRenalFailure: Final[Code] = Code(
    "SCT", "414417004", "History of renal failure", (64, 3756)
)
"""History of renal failure (SCT 414417004)."""

HistoryOfDiabetesMellitus: Final[Code] = Code(
    "SCT", "161445009", "History of diabetes mellitus", (64, 3756, 6088)
)
"""History of diabetes mellitus (SCT 161445009)."""

Asthma: Final[Code] = Code("SCT", "195967001", "Asthma", (64,))
"""Asthma (SCT 195967001)."""

AorticStenosis: Final[Code] = Code("SCT", "60573004", "Aortic stenosis", (64, 3700, 3728, 12248))
"""Aortic stenosis (SCT 60573004)."""

AnginaPectoris: Final[Code] = Code("SCT", "194828000", "Angina pectoris", (64, 3201, 12246))
"""Angina pectoris (SCT 194828000)."""

HistoryOfCongestiveHeartFailure: Final[Code] = Code(
    "SCT", "161505003", "History of congestive heart failure", (64, 3756)
)
"""History of congestive heart failure (SCT 161505003)."""

HistoryOfHypertension: Final[Code] = Code(
    "SCT", "161501007", "History of Hypertension", (64, 3756, 6088)
)
"""History of Hypertension (SCT 161501007)."""

PulmonaryHypertension: Final[Code] = Code(
    "SCT", "70995007", "Pulmonary hypertension", (64, 3640, 3700, 3728)
)
"""Pulmonary hypertension (SCT 70995007)."""

Cardiomyopathy: Final[Code] = Code("SCT", "85898001", "Cardiomyopathy", (64, 3727))
"""Cardiomyopathy (SCT 85898001)."""

Anxiety: Final[Code] = Code("SCT", "48694002", "Anxiety", (60, 64))
"""Anxiety (SCT 48694002)."""

Paraproteinemia: Final[Code] = Code("SCT", "35601003", "Paraproteinemia", (64,))
"""Paraproteinemia (SCT 35601003)."""

MultipleMyeloma: Final[Code] = Code("SCT", "1162576007", "Multiple myeloma", (64,))
"""Multiple myeloma (SCT 1162576007)."""

HistoryOfBetaBlockingAgentsTherapy: Final[Code] = Code(
    "SCT", "440935004", "History of Beta-blocking agents therapy", (64,)
)
"""History of Beta-blocking agents therapy (SCT 440935004)."""

MalignantEpithelialNeoplasmOfThyroid: Final[Code] = Code(
    "SCT", "448216007", "Malignant epithelial neoplasm of thyroid", (64,)
)
"""Malignant epithelial neoplasm of thyroid (SCT 448216007)."""

PatientAllergicToMediaContrast: Final[Code] = Code(
    "DCM", "110503", "Patient allergic to media/contrast", (64, 9301)
)
"""Patient allergic to media/contrast (DCM 110503)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AbnormalRenalFunction,
    AcuteUnilateralRenalBlockage,
    LowThyroidUptake,
    HighThyroidUptake,
    SeverelyJaundiced,
    HistoryOfRenalFailure,
    HistoryOfDiabetesMellitus,
    Asthma,
    AorticStenosis,
    AnginaPectoris,
    HistoryOfCongestiveHeartFailure,
    HistoryOfHypertension,
    PulmonaryHypertension,
    Cardiomyopathy,
    Anxiety,
    Paraproteinemia,
    MultipleMyeloma,
    HistoryOfBetaBlockingAgentsTherapy,
    MalignantEpithelialNeoplasmOfThyroid,
    PatientAllergicToMediaContrast,
)
"""The resolved membership: own members, then those of the included groups, in order."""
