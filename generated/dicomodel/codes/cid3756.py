"""CID 3756 Cardiac Patient Risk Factor.

Extensible, version 20170914, UID 1.2.840.10008.6.1.251.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3756
NAME: Final[str] = "Cardiac Patient Risk Factor"
KEYWORD: Final[str | None] = "CardiacPatientRiskFactor"
UID: Final[str | None] = "1.2.840.10008.6.1.251"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170914"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

HistoryOfCongestiveHeartFailure: Final[Code] = Code(
    "SCT", "161505003", "History of congestive heart failure", (64, 3756)
)
"""History of congestive heart failure (SCT 161505003)."""

HistoryOfDiabetes: Final[Code] = Code("SCT", "161445009", "History of Diabetes", (64, 3756, 6088))
"""History of Diabetes (SCT 161445009)."""

HistoryOfRenalFailure: Final[Code] = Code(
    "SCT", "414417004", "History of renal failure", (64, 3756)
)
"""History of renal failure (SCT 414417004)."""

HistoryOfChronicLungDisease: Final[Code] = Code(
    "SCT", "414415007", "History of chronic lung disease", (3756,)
)
"""History of chronic lung disease (SCT 414415007)."""

HistoryOfCerebrovascularDisease: Final[Code] = Code(
    "SCT", "308064009", "History of cerebrovascular disease", (3756,)
)
"""History of cerebrovascular disease (SCT 308064009)."""

PeripheralVascularDisease: Final[Code] = Code(
    "SCT", "400047006", "Peripheral vascular disease", (3205, 3756)
)
"""Peripheral vascular disease (SCT 400047006)."""

HistoryOfMyocardialInfarction: Final[Code] = Code(
    "SCT", "399211009", "History of myocardial infarction", (3201, 3756)
)
"""History of myocardial infarction (SCT 399211009)."""

HistoryOfHypertension: Final[Code] = Code(
    "SCT", "161501007", "History of Hypertension", (64, 3756, 6088)
)
"""History of Hypertension (SCT 161501007)."""

HistoryOfHypercholesterolemia: Final[Code] = Code(
    "SCT", "414416008", "History of hypercholesterolemia", (3756,)
)
"""History of hypercholesterolemia (SCT 414416008)."""

Arrhythmia: Final[Code] = Code(
    "SCT", "44808001", "Arrhythmia", (3201, 3221, 3727, 3755, 3756, 12246)
)
"""Arrhythmia (SCT 44808001)."""

HIVPositive: Final[Code] = Code("SCT", "165816005", "HIV Positive", (3756,))
"""HIV Positive (SCT 165816005)."""

InfantOfMotherWithGestationalDiabetes: Final[Code] = Code(
    "UMLS", "C0456029", "Infant of mother with gestational diabetes", (3756,)
)
"""Infant of mother with gestational diabetes (UMLS C0456029)."""

InsulinDependentMotherIDM: Final[Code] = Code(
    "SCT", "444161008", "Insulin dependent mother (IDM)", (3756,)
)
"""Insulin dependent mother (IDM) (SCT 444161008)."""

MEMBERS: Final[tuple[Code, ...]] = (
    HistoryOfCongestiveHeartFailure,
    HistoryOfDiabetes,
    HistoryOfRenalFailure,
    HistoryOfChronicLungDisease,
    HistoryOfCerebrovascularDisease,
    PeripheralVascularDisease,
    HistoryOfMyocardialInfarction,
    HistoryOfHypertension,
    HistoryOfHypercholesterolemia,
    Arrhythmia,
    HIVPositive,
    InfantOfMotherWithGestationalDiabetes,
    InsulinDependentMotherIDM,
)
"""The resolved membership: own members, then those of the included groups, in order."""
