"""CID 64 Imaging Agent Administration Patient State.

Extensible, version 20230630, UID 1.2.840.10008.6.1.1254.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 64
NAME: _Final[str] = "Imaging Agent Administration Patient State"
KEYWORD: _Final[str | None] = "ImagingAgentAdministrationPatientState"
UID: _Final[str | None] = "1.2.840.10008.6.1.1254"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20230630"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AbnormalRenalFunction: _Final[_Code] = _Code(
    "SCT", "39539005", "Abnormal Renal Function", (64, 10045)
)
"""Abnormal Renal Function (SCT 39539005)."""

AcuteUnilateralRenalBlockage: _Final[_Code] = _Code(
    "DCM", "113560", "Acute unilateral renal blockage", (64, 10045)
)
"""Acute unilateral renal blockage (DCM 113560)."""

LowThyroidUptake: _Final[_Code] = _Code("DCM", "113561", "Low Thyroid Uptake", (64, 10045))
"""Low Thyroid Uptake (DCM 113561)."""

HighThyroidUptake: _Final[_Code] = _Code("DCM", "113562", "High Thyroid Uptake", (64, 10045))
"""High Thyroid Uptake (DCM 113562)."""

SeverelyJaundiced: _Final[_Code] = _Code("DCM", "113563", "Severely Jaundiced", (64, 10045))
"""Severely Jaundiced (DCM 113563)."""

HistoryOfRenalFailure: _Final[_Code] = _Code(
    "SCT", "414417004", "History of renal failure", (64, 3756)
)
"""History of renal failure (SCT 414417004)."""

HistoryOfDiabetesMellitus: _Final[_Code] = _Code(
    "SCT", "161445009", "History of diabetes mellitus", (64, 3756, 6088)
)
"""History of diabetes mellitus (SCT 161445009)."""

Asthma: _Final[_Code] = _Code("SCT", "195967001", "Asthma", (64,))
"""Asthma (SCT 195967001)."""

AorticStenosis: _Final[_Code] = _Code("SCT", "60573004", "Aortic stenosis", (64, 3700, 3728, 12248))
"""Aortic stenosis (SCT 60573004)."""

AnginaPectoris: _Final[_Code] = _Code("SCT", "194828000", "Angina pectoris", (64, 3201, 12246))
"""Angina pectoris (SCT 194828000)."""

HistoryOfCongestiveHeartFailure: _Final[_Code] = _Code(
    "SCT", "161505003", "History of congestive heart failure", (64, 3756)
)
"""History of congestive heart failure (SCT 161505003)."""

HistoryOfHypertension: _Final[_Code] = _Code(
    "SCT", "161501007", "History of Hypertension", (64, 3756, 6088)
)
"""History of Hypertension (SCT 161501007)."""

PulmonaryHypertension: _Final[_Code] = _Code(
    "SCT", "70995007", "Pulmonary hypertension", (64, 3640, 3700, 3728)
)
"""Pulmonary hypertension (SCT 70995007)."""

Cardiomyopathy: _Final[_Code] = _Code("SCT", "85898001", "Cardiomyopathy", (64, 3727))
"""Cardiomyopathy (SCT 85898001)."""

Anxiety: _Final[_Code] = _Code("SCT", "48694002", "Anxiety", (60, 64))
"""Anxiety (SCT 48694002)."""

Paraproteinemia: _Final[_Code] = _Code("SCT", "35601003", "Paraproteinemia", (64,))
"""Paraproteinemia (SCT 35601003)."""

MultipleMyeloma: _Final[_Code] = _Code("SCT", "1162576007", "Multiple myeloma", (64,))
"""Multiple myeloma (SCT 1162576007)."""

HistoryOfBetaBlockingAgentsTherapy: _Final[_Code] = _Code(
    "SCT", "440935004", "History of Beta-blocking agents therapy", (64,)
)
"""History of Beta-blocking agents therapy (SCT 440935004)."""

MalignantEpithelialNeoplasmOfThyroid: _Final[_Code] = _Code(
    "SCT", "448216007", "Malignant epithelial neoplasm of thyroid", (64,)
)
"""Malignant epithelial neoplasm of thyroid (SCT 448216007)."""

PatientAllergicToMediaContrast: _Final[_Code] = _Code(
    "DCM", "110503", "Patient allergic to media/contrast", (64, 9301)
)
"""Patient allergic to media/contrast (DCM 110503)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
