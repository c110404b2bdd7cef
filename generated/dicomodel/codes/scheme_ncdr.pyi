"""Coding scheme NCDR.

39 codes of PS3.16 context groups and Annex D.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import CodingScheme as _CodingScheme

AcuteCoronarySyndromeNonSTElevationMyocardialInfarction: _Final[_Code]
AcuteCoronarySyndromeSTElevationMyocardialInfarction: _Final[_Code]
AcuteCoronarySyndromeUnstableAngina: _Final[_Code]
Arrhythmia: _Final[_Code]
AtypicalChestPain: _Final[_Code]
BalloonOnly: _Final[_Code]
Between24HoursAnd7Days: _Final[_Code]
Between6HoursAnd24Hours: _Final[_Code]
Cardiac: _Final[_Code]
Commercial: _Final[_Code]
Equivocal: _Final[_Code]
Government: _Final[_Code]
HealthMaintenanceOrganization: _Final[_Code]
HighRiskLesion: _Final[_Code]
Infection: _Final[_Code]
LesserThanEquals6Hours: _Final[_Code]
LowRiskLesion: _Final[_Code]
ModerateRiskLesion: _Final[_Code]
Negative: _Final[_Code]
Neurologic: _Final[_Code]
NoClosureDeviceUsedAtPercutaneousEntry: _Final[_Code]
None_: _Final[_Code]
NotDone: _Final[_Code]
NotPreviouslyTreated: _Final[_Code]
Other: _Final[_Code]
OtherAnyCombination: _Final[_Code]
PartiallySuccessful: _Final[_Code]
PercutaneousEntryClosedByOtherMechanism: _Final[_Code]
PercutaneousEntryClosedBySealant: _Final[_Code]
PercutaneousEntryClosedBySuture: _Final[_Code]
Positive: _Final[_Code]
Pulmonary: _Final[_Code]
Renal: _Final[_Code]
StableAngina: _Final[_Code]
StentOnly: _Final[_Code]
Successful: _Final[_Code]
Unsuccessful: _Final[_Code]
Valvular: _Final[_Code]
Vascular: _Final[_Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__scheme__: _Final[_CodingScheme]
