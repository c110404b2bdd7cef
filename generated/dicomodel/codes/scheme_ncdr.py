"""Coding scheme NCDR.

39 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import CodingScheme as _CodingScheme

DESIGNATOR: _Final[str] = "NCDR"
NAME: _Final[str] = ""
UID: _Final[str | None] = None
URI: _Final[str | None] = None
RETIRED: _Final[bool] = False

AcuteCoronarySyndromeNonSTElevationMyocardialInfarction: _Final[_Code] = _Code(
    "NCDR", "49-IIIb", "Acute Coronary Syndrome: Non ST-Elevation Myocardial Infarction", (3738,)
)
"""Acute Coronary Syndrome: Non ST-Elevation Myocardial Infarction (NCDR 49-IIIb)."""

AcuteCoronarySyndromeSTElevationMyocardialInfarction: _Final[_Code] = _Code(
    "NCDR", "49-IIIc", "Acute Coronary Syndrome: ST-Elevation Myocardial Infarction", (3738,)
)
"""Acute Coronary Syndrome: ST-Elevation Myocardial Infarction (NCDR 49-IIIc)."""

AcuteCoronarySyndromeUnstableAngina: _Final[_Code] = _Code(
    "NCDR", "49-IIIa", "Acute Coronary Syndrome: Unstable Angina", (3738,)
)
"""Acute Coronary Syndrome: Unstable Angina (NCDR 49-IIIa)."""

Arrhythmia: _Final[_Code] = _Code("NCDR", "48-5", "Arrhythmia", (3737,))
"""Arrhythmia (NCDR 48-5)."""

AtypicalChestPain: _Final[_Code] = _Code("NCDR", "49-I", "Atypical Chest Pain", (3738,))
"""Atypical Chest Pain (NCDR 49-I)."""

BalloonOnly: _Final[_Code] = _Code("NCDR", "108-1", "balloon only", (3750,))
"""balloon only (NCDR 108-1)."""

Between24HoursAnd7Days: _Final[_Code] = _Code(
    "NCDR", "51-3", "between 24 hours and 7 days", (3735,)
)
"""between 24 hours and 7 days (NCDR 51-3)."""

Between6HoursAnd24Hours: _Final[_Code] = _Code(
    "NCDR", "51-2", "between 6 hours and 24 hours", (3735,)
)
"""between 6 hours and 24 hours (NCDR 51-2)."""

Cardiac: _Final[_Code] = _Code("NCDR", "25-1", "Cardiac", (3733,))
"""Cardiac (NCDR 25-1)."""

Commercial: _Final[_Code] = _Code("NCDR", "18-2", "Commercial", (3730,))
"""Commercial (NCDR 18-2)."""

Equivocal: _Final[_Code] = _Code("NCDR", "48-4", "Equivocal", (3737,))
"""Equivocal (NCDR 48-4)."""

Government: _Final[_Code] = _Code("NCDR", "18-1", "Government", (3730,))
"""Government (NCDR 18-1)."""

HealthMaintenanceOrganization: _Final[_Code] = _Code(
    "NCDR", "18-3", "Health Maintenance Organization", (3730,)
)
"""Health Maintenance Organization (NCDR 18-3)."""

HighRiskLesion: _Final[_Code] = _Code("NCDR", "111-3", "High Risk Lesion", (3418,))
"""High Risk Lesion (NCDR 111-3)."""

Infection: _Final[_Code] = _Code("NCDR", "25-5", "Infection", (3733,))
"""Infection (NCDR 25-5)."""

LesserThanEquals6Hours: _Final[_Code] = _Code("NCDR", "51-1", "< = 6 hours", (3735,))
"""< = 6 hours (NCDR 51-1)."""

LowRiskLesion: _Final[_Code] = _Code("NCDR", "111-1", "Low Risk Lesion", (3418,))
"""Low Risk Lesion (NCDR 111-1)."""

ModerateRiskLesion: _Final[_Code] = _Code("NCDR", "111-2", "Moderate Risk Lesion", (3418,))
"""Moderate Risk Lesion (NCDR 111-2)."""

Negative: _Final[_Code] = _Code("NCDR", "48-3", "Negative", (3737,))
"""Negative (NCDR 48-3)."""

Neurologic: _Final[_Code] = _Code("NCDR", "25-2", "Neurologic", (3733,))
"""Neurologic (NCDR 25-2)."""

NoClosureDeviceUsedAtPercutaneousEntry: _Final[_Code] = _Code(
    "NCDR", "75-0", "No closure device used at percutaneous entry", (3747,)
)
"""No closure device used at percutaneous entry (NCDR 75-0)."""

None_: _Final[_Code] = _Code("NCDR", "18-4", "None", (3730,))
"""None (NCDR 18-4)."""

NotDone: _Final[_Code] = _Code("NCDR", "48-1", "Not Done", (3737,))
"""Not Done (NCDR 48-1)."""

NotPreviouslyTreated: _Final[_Code] = _Code("NCDR", "108-0", "not previously treated", (3750,))
"""not previously treated (NCDR 108-0)."""

Other: _Final[_Code] = _Code("NCDR", "25-8", "Other", (3733,))
"""Other (NCDR 25-8)."""

OtherAnyCombination: _Final[_Code] = _Code("NCDR", "108-3", "other/any combination", (3750,))
"""other/any combination (NCDR 108-3)."""

PartiallySuccessful: _Final[_Code] = _Code("NCDR", "100-2", "Partially successful", (3749,))
"""Partially successful (NCDR 100-2)."""

PercutaneousEntryClosedByOtherMechanism: _Final[_Code] = _Code(
    "NCDR", "75-3", "Percutaneous entry closed by other mechanism", (3747,)
)
"""Percutaneous entry closed by other mechanism (NCDR 75-3)."""

PercutaneousEntryClosedBySealant: _Final[_Code] = _Code(
    "NCDR", "75-2", "Percutaneous entry closed by sealant", (3747,)
)
"""Percutaneous entry closed by sealant (NCDR 75-2)."""

PercutaneousEntryClosedBySuture: _Final[_Code] = _Code(
    "NCDR", "75-1", "Percutaneous entry closed by suture", (3747,)
)
"""Percutaneous entry closed by suture (NCDR 75-1)."""

Positive: _Final[_Code] = _Code("NCDR", "48-2", "Positive", (3737,))
"""Positive (NCDR 48-2)."""

Pulmonary: _Final[_Code] = _Code("NCDR", "25-6", "Pulmonary", (3733,))
"""Pulmonary (NCDR 25-6)."""

Renal: _Final[_Code] = _Code("NCDR", "25-3", "Renal", (3733,))
"""Renal (NCDR 25-3)."""

StableAngina: _Final[_Code] = _Code("NCDR", "49-II", "Stable Angina", (3738,))
"""Stable Angina (NCDR 49-II)."""

StentOnly: _Final[_Code] = _Code("NCDR", "108-2", "stent only", (3750,))
"""stent only (NCDR 108-2)."""

Successful: _Final[_Code] = _Code("NCDR", "100-1", "Successful", (3749,))
"""Successful (NCDR 100-1)."""

Unsuccessful: _Final[_Code] = _Code("NCDR", "100-3", "Unsuccessful", (3749,))
"""Unsuccessful (NCDR 100-3)."""

Valvular: _Final[_Code] = _Code("NCDR", "25-7", "Valvular", (3733,))
"""Valvular (NCDR 25-7)."""

Vascular: _Final[_Code] = _Code("NCDR", "25-4", "Vascular", (3733,))
"""Vascular (NCDR 25-4)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AcuteCoronarySyndromeNonSTElevationMyocardialInfarction,
    AcuteCoronarySyndromeSTElevationMyocardialInfarction,
    AcuteCoronarySyndromeUnstableAngina,
    Arrhythmia,
    AtypicalChestPain,
    BalloonOnly,
    Between24HoursAnd7Days,
    Between6HoursAnd24Hours,
    Cardiac,
    Commercial,
    Equivocal,
    Government,
    HealthMaintenanceOrganization,
    HighRiskLesion,
    Infection,
    LesserThanEquals6Hours,
    LowRiskLesion,
    ModerateRiskLesion,
    Negative,
    Neurologic,
    NoClosureDeviceUsedAtPercutaneousEntry,
    None_,
    NotDone,
    NotPreviouslyTreated,
    Other,
    OtherAnyCombination,
    PartiallySuccessful,
    PercutaneousEntryClosedByOtherMechanism,
    PercutaneousEntryClosedBySealant,
    PercutaneousEntryClosedBySuture,
    Positive,
    Pulmonary,
    Renal,
    StableAngina,
    StentOnly,
    Successful,
    Unsuccessful,
    Valvular,
    Vascular,
)
"""Every code of the scheme in PS3.16, sorted by name."""

__scheme__: _Final[_CodingScheme] = _CodingScheme(
    designator=DESIGNATOR,
    name=NAME,
    uid=UID,
    uri=URI,
    retired=RETIRED,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
