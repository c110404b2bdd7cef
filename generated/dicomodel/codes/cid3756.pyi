"""CID 3756 Cardiac Patient Risk Factor.

Extensible, version 20170914, UID 1.2.840.10008.6.1.251.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

HistoryOfCongestiveHeartFailure: _Final[_groups.Cid3756Code]
HistoryOfDiabetes: _Final[_groups.Cid3756Code]
HistoryOfRenalFailure: _Final[_groups.Cid3756Code]
HistoryOfChronicLungDisease: _Final[_groups.Cid3756Code]
HistoryOfCerebrovascularDisease: _Final[_groups.Cid3756Code]
PeripheralVascularDisease: _Final[_groups.Cid3756Code]
HistoryOfMyocardialInfarction: _Final[_groups.Cid3756Code]
HistoryOfHypertension: _Final[_groups.Cid3756Code]
HistoryOfHypercholesterolemia: _Final[_groups.Cid3756Code]
Arrhythmia: _Final[_groups.Cid3756Code]
HIVPositive: _Final[_groups.Cid3756Code]
InfantOfMotherWithGestationalDiabetes: _Final[_groups.Cid3756Code]
InsulinDependentMotherIDM: _Final[_groups.Cid3756Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3756Code]]
