"""CID 3038 Pattern Event.

Extensible, version 20200623, UID 1.2.840.10008.6.1.1336.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

IrregularHeartRate: _Final[_groups.Cid3038Code]
Apnea: _Final[_groups.Cid3038Code]
Apnea15Sec: _Final[_groups.Cid3038Code]
Apnea30Sec: _Final[_groups.Cid3038Code]
Desaturation: _Final[_groups.Cid3038Code]
Asystole: _Final[_groups.Cid3038Code]
ArrhythmiaEvent: _Final[_groups.Cid3038Code]
ClinicalSeizureDischarge: _Final[_groups.Cid3038Code]
SupraventricularExtrasystole: _Final[_groups.Cid3038Code]
PacerArtifact: _Final[_groups.Cid3038Code]
FirstDegreeAVBlock: _Final[_groups.Cid3038Code]
SecondDegreeAVBlock: _Final[_groups.Cid3038Code]
ThirdDegreeAVBlock: _Final[_groups.Cid3038Code]
Bradycardia: _Final[_groups.Cid3038Code]
AtrialFibrillation: _Final[_groups.Cid3038Code]
AtrialFlutter: _Final[_groups.Cid3038Code]
IrregularRhythm: _Final[_groups.Cid3038Code]
SinusTachycardia: _Final[_groups.Cid3038Code]
SharpSpikes: _Final[_groups.Cid3038Code]
SpikesAndWaves: _Final[_groups.Cid3038Code]
Hyperventilation: _Final[_groups.Cid3038Code]
HyperventilationBegin: _Final[_groups.Cid3038Code]
HyperventilationEnd: _Final[_groups.Cid3038Code]
PostHyperventilation: _Final[_groups.Cid3038Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3038Code]]
