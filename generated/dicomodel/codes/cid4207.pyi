"""CID 4207 Ophthalmic Image Position.

Extensible, version 20110825, UID 1.2.840.10008.6.1.323.

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
DiabeticRetinopathyStudyField1: _Final[_Code]
DiabeticRetinopathyStudyField2: _Final[_Code]
DiabeticRetinopathyStudyField3: _Final[_Code]
DiabeticRetinopathyStudyField4: _Final[_Code]
DiabeticRetinopathyStudyField5: _Final[_Code]
DiabeticRetinopathyStudyField6: _Final[_Code]
DiabeticRetinopathyStudyField7: _Final[_Code]
Field1ForJoslin3Field: _Final[_Code]
Field2ForJoslin3Field: _Final[_Code]
Field3ForJoslin3Field: _Final[_Code]
MaculaCentered: _Final[_Code]
DiscCentered: _Final[_Code]
LesionCentered: _Final[_Code]
DiscMaculaCentered: _Final[_Code]
MidPeripheralSuperior: _Final[_Code]
MidPeripheralSuperiorTemporal: _Final[_Code]
MidPeripheralTemporal: _Final[_Code]
MidPeripheralInferiorTemporal: _Final[_Code]
MidPeripheralInferior: _Final[_Code]
MidPeripheralInferiorNasal: _Final[_Code]
MidPeripheralNasal: _Final[_Code]
MidPeripheralSuperiorNasal: _Final[_Code]
PeripheralSuperior: _Final[_Code]
PeripheralSuperiorTemporal: _Final[_Code]
PeripheralTemporal: _Final[_Code]
PeripheralInferiorTemporal: _Final[_Code]
PeripheralInferior: _Final[_Code]
PeripheralInferiorNasal: _Final[_Code]
PeripheralNasal: _Final[_Code]
PeripheralSuperiorNasal: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
