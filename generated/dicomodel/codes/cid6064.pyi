"""CID 6064 Ultrasound Finding for Breast.

Extensible, version 20160314, UID 1.2.840.10008.6.1.393.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

UltrasoundScanNormal: _Final[_groups.Cid6064Code]
CystOfBreast: _Final[_groups.Cid6064Code]
ComplexCyst: _Final[_groups.Cid6064Code]
IntracysticLesion: _Final[_groups.Cid6064Code]
MammaryDuctEctasia: _Final[_groups.Cid6064Code]
SolidMass: _Final[_groups.Cid6064Code]
LymphNode: _Final[_groups.Cid6064Code]
SebaceousCystOfSkinOfBreast: _Final[_groups.Cid6064Code]
ClusteredMicrocysts: _Final[_groups.Cid6064Code]
ComplicatedCyst: _Final[_groups.Cid6064Code]
ForeignBody: _Final[_groups.Cid6064Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6064Code]]
