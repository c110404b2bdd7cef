"""CID 4207 Ophthalmic Image Position.

Extensible, version 20110825, UID 1.2.840.10008.6.1.323.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

DiabeticRetinopathyStudyField1: _Final[_groups.Cid4207Code]
DiabeticRetinopathyStudyField2: _Final[_groups.Cid4207Code]
DiabeticRetinopathyStudyField3: _Final[_groups.Cid4207Code]
DiabeticRetinopathyStudyField4: _Final[_groups.Cid4207Code]
DiabeticRetinopathyStudyField5: _Final[_groups.Cid4207Code]
DiabeticRetinopathyStudyField6: _Final[_groups.Cid4207Code]
DiabeticRetinopathyStudyField7: _Final[_groups.Cid4207Code]
Field1ForJoslin3Field: _Final[_groups.Cid4207Code]
Field2ForJoslin3Field: _Final[_groups.Cid4207Code]
Field3ForJoslin3Field: _Final[_groups.Cid4207Code]
MaculaCentered: _Final[_groups.Cid4207Code]
DiscCentered: _Final[_groups.Cid4207Code]
LesionCentered: _Final[_groups.Cid4207Code]
DiscMaculaCentered: _Final[_groups.Cid4207Code]
MidPeripheralSuperior: _Final[_groups.Cid4207Code]
MidPeripheralSuperiorTemporal: _Final[_groups.Cid4207Code]
MidPeripheralTemporal: _Final[_groups.Cid4207Code]
MidPeripheralInferiorTemporal: _Final[_groups.Cid4207Code]
MidPeripheralInferior: _Final[_groups.Cid4207Code]
MidPeripheralInferiorNasal: _Final[_groups.Cid4207Code]
MidPeripheralNasal: _Final[_groups.Cid4207Code]
MidPeripheralSuperiorNasal: _Final[_groups.Cid4207Code]
PeripheralSuperior: _Final[_groups.Cid4207Code]
PeripheralSuperiorTemporal: _Final[_groups.Cid4207Code]
PeripheralTemporal: _Final[_groups.Cid4207Code]
PeripheralInferiorTemporal: _Final[_groups.Cid4207Code]
PeripheralInferior: _Final[_groups.Cid4207Code]
PeripheralInferiorNasal: _Final[_groups.Cid4207Code]
PeripheralNasal: _Final[_groups.Cid4207Code]
PeripheralSuperiorNasal: _Final[_groups.Cid4207Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4207Code]]
