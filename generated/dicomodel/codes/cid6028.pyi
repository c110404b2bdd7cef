"""CID 6028 Mammography Recommended Follow-up.

Extensible, version 20020904, UID 1.2.840.10008.6.1.358.
Includes CID 6029.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
FollowUpPostBiopsyAsDirectedByClinician: _Final[_Code]
NuclearMedicineProcedure: _Final[_Code]
EvaluationProcedure: _Final[_Code]
SurgicalConsult: _Final[_Code]
AdditionalProjections: _Final[_Code]
MagnificationViews: _Final[_Code]
SpotCompression: _Final[_Code]
SpotMagnificationViews: _Final[_Code]
DiagnosticUltrasonography: _Final[_Code]
OldFilmsForComparison: _Final[_Code]
MammaryDuctogram: _Final[_Code]
NormalIntervalFollowUp: _Final[_Code]
AnyDecisionToBiopsyShouldBeBasedOnClinicalAssessment: _Final[_Code]
FollowUpAtShortInterval111Months: _Final[_Code]
BiopsyShouldBeConsidered: _Final[_Code]
NeedleLocalizationAndBiopsy: _Final[_Code]
HistologyUsingCoreBiopsy: _Final[_Code]
SuggestiveOfMalignancyTakeAppropriateAction: _Final[_Code]
CytologicAnalysis: _Final[_Code]
BiopsyShouldBeStronglyConsidered: _Final[_Code]
HighlySuggestiveOfMalignancyTakeAppropriateAction: _Final[_Code]
KnownBiopsyProvenMalignancyTakeAppropriateAction: _Final[_Code]
MRIOfBreast: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
