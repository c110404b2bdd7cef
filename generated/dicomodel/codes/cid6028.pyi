"""CID 6028 Mammography Recommended Follow-up.

Extensible, version 20020904, UID 1.2.840.10008.6.1.358.
Includes CID 6029.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

FollowUpPostBiopsyAsDirectedByClinician: _Final[_groups.Cid6028Code]
NuclearMedicineProcedure: _Final[_groups.Cid6028Code]
EvaluationProcedure: _Final[_groups.Cid6028Code]
SurgicalConsult: _Final[_groups.Cid6028Code]
AdditionalProjections: _Final[_groups.Cid6028Code]
MagnificationViews: _Final[_groups.Cid6028Code]
SpotCompression: _Final[_groups.Cid6028Code]
SpotMagnificationViews: _Final[_groups.Cid6028Code]
DiagnosticUltrasonography: _Final[_groups.Cid6028Code]
OldFilmsForComparison: _Final[_groups.Cid6028Code]
MammaryDuctogram: _Final[_groups.Cid6028Code]
NormalIntervalFollowUp: _Final[_groups.Cid6028Code]
AnyDecisionToBiopsyShouldBeBasedOnClinicalAssessment: _Final[_groups.Cid6028Code]
FollowUpAtShortInterval111Months: _Final[_groups.Cid6028Code]
BiopsyShouldBeConsidered: _Final[_groups.Cid6028Code]
NeedleLocalizationAndBiopsy: _Final[_groups.Cid6028Code]
HistologyUsingCoreBiopsy: _Final[_groups.Cid6028Code]
SuggestiveOfMalignancyTakeAppropriateAction: _Final[_groups.Cid6028Code]
CytologicAnalysis: _Final[_groups.Cid6028Code]
BiopsyShouldBeStronglyConsidered: _Final[_groups.Cid6028Code]
HighlySuggestiveOfMalignancyTakeAppropriateAction: _Final[_groups.Cid6028Code]
KnownBiopsyProvenMalignancyTakeAppropriateAction: _Final[_groups.Cid6028Code]
MRIOfBreast: _Final[_groups.Cid6028Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6028Code]]
