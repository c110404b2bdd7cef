"""CID 6201 Colon Finding or Feature.

Extensible, version 20220922, UID 1.2.840.10008.6.1.788.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ImageQuality: _Final[_groups.Cid6201Code]
SelectedRegion: _Final[_groups.Cid6201Code]
PolypOfColon: _Final[_groups.Cid6201Code]
TumorOfColon: _Final[_groups.Cid6201Code]
RectalMass: _Final[_groups.Cid6201Code]
Diverticulum: _Final[_groups.Cid6201Code]
ColonicHaustra: _Final[_groups.Cid6201Code]
Feces: _Final[_groups.Cid6201Code]
Lipoma: _Final[_groups.Cid6201Code]
IntraluminalFluid: _Final[_groups.Cid6201Code]
ContrastMedia: _Final[_groups.Cid6201Code]
IleocecalValve: _Final[_groups.Cid6201Code]
InvertedDiverticulum: _Final[_groups.Cid6201Code]
OperativeSite: _Final[_groups.Cid6201Code]
NonLesion: _Final[_groups.Cid6201Code]
AnatomicNonColon: _Final[_groups.Cid6201Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6201Code]]
