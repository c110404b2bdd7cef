"""CID 3756 Cardiac Patient Risk Factor.

Extensible, version 20170914, UID 1.2.840.10008.6.1.251.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3756
NAME: _Final[str] = "Cardiac Patient Risk Factor"
KEYWORD: _Final[str | None] = "CardiacPatientRiskFactor"
UID: _Final[str | None] = "1.2.840.10008.6.1.251"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

HistoryOfCongestiveHeartFailure: _Final[_Code] = _Code(
    "SCT", "161505003", "History of congestive heart failure", (64, 3756)
)
"""History of congestive heart failure (SCT 161505003)."""

HistoryOfDiabetes: _Final[_Code] = _Code(
    "SCT", "161445009", "History of Diabetes", (64, 3756, 6088)
)
"""History of Diabetes (SCT 161445009)."""

HistoryOfRenalFailure: _Final[_Code] = _Code(
    "SCT", "414417004", "History of renal failure", (64, 3756)
)
"""History of renal failure (SCT 414417004)."""

HistoryOfChronicLungDisease: _Final[_Code] = _Code(
    "SCT", "414415007", "History of chronic lung disease", (3756,)
)
"""History of chronic lung disease (SCT 414415007)."""

HistoryOfCerebrovascularDisease: _Final[_Code] = _Code(
    "SCT", "308064009", "History of cerebrovascular disease", (3756,)
)
"""History of cerebrovascular disease (SCT 308064009)."""

PeripheralVascularDisease: _Final[_Code] = _Code(
    "SCT", "400047006", "Peripheral vascular disease", (3205, 3756)
)
"""Peripheral vascular disease (SCT 400047006)."""

HistoryOfMyocardialInfarction: _Final[_Code] = _Code(
    "SCT", "399211009", "History of myocardial infarction", (3201, 3756)
)
"""History of myocardial infarction (SCT 399211009)."""

HistoryOfHypertension: _Final[_Code] = _Code(
    "SCT", "161501007", "History of Hypertension", (64, 3756, 6088)
)
"""History of Hypertension (SCT 161501007)."""

HistoryOfHypercholesterolemia: _Final[_Code] = _Code(
    "SCT", "414416008", "History of hypercholesterolemia", (3756,)
)
"""History of hypercholesterolemia (SCT 414416008)."""

Arrhythmia: _Final[_Code] = _Code(
    "SCT", "44808001", "Arrhythmia", (3201, 3221, 3727, 3755, 3756, 12246)
)
"""Arrhythmia (SCT 44808001)."""

HIVPositive: _Final[_Code] = _Code("SCT", "165816005", "HIV Positive", (3756,))
"""HIV Positive (SCT 165816005)."""

InfantOfMotherWithGestationalDiabetes: _Final[_Code] = _Code(
    "UMLS", "C0456029", "Infant of mother with gestational diabetes", (3756,)
)
"""Infant of mother with gestational diabetes (UMLS C0456029)."""

InsulinDependentMotherIDM: _Final[_Code] = _Code(
    "SCT", "444161008", "Insulin dependent mother (IDM)", (3756,)
)
"""Insulin dependent mother (IDM) (SCT 444161008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
