"""CID 6029 Recommended Follow-up from BI-RADS®.

Extensible, version 20160314, UID 1.2.840.10008.6.1.359.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AdditionalProjections: _Final[_groups.Cid6029Code]
MagnificationViews: _Final[_groups.Cid6029Code]
SpotCompression: _Final[_groups.Cid6029Code]
SpotMagnificationViews: _Final[_groups.Cid6029Code]
DiagnosticUltrasonography: _Final[_groups.Cid6029Code]
OldFilmsForComparison: _Final[_groups.Cid6029Code]
MammaryDuctogram: _Final[_groups.Cid6029Code]
NormalIntervalFollowUp: _Final[_groups.Cid6029Code]
AnyDecisionToBiopsyShouldBeBasedOnClinicalAssessment: _Final[_groups.Cid6029Code]
FollowUpAtShortInterval111Months: _Final[_groups.Cid6029Code]
BiopsyShouldBeConsidered: _Final[_groups.Cid6029Code]
NeedleLocalizationAndBiopsy: _Final[_groups.Cid6029Code]
HistologyUsingCoreBiopsy: _Final[_groups.Cid6029Code]
SuggestiveOfMalignancyTakeAppropriateAction: _Final[_groups.Cid6029Code]
CytologicAnalysis: _Final[_groups.Cid6029Code]
BiopsyShouldBeStronglyConsidered: _Final[_groups.Cid6029Code]
HighlySuggestiveOfMalignancyTakeAppropriateAction: _Final[_groups.Cid6029Code]
KnownBiopsyProvenMalignancyTakeAppropriateAction: _Final[_groups.Cid6029Code]
MRIOfBreast: _Final[_groups.Cid6029Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6029Code]]
