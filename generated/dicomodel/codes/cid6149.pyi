"""CID 6149 Mediastinum Anatomy.

Extensible, version 20200309, UID 1.2.840.10008.6.1.1314.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AxillaryFascia: _Final[_groups.Cid6149Code]
Carina: _Final[_groups.Cid6149Code]
CarotidBody: _Final[_groups.Cid6149Code]
CostalCartilage: _Final[_groups.Cid6149Code]
EsophagealHiatus: _Final[_groups.Cid6149Code]
Esophagus: _Final[_groups.Cid6149Code]
Heart: _Final[_groups.Cid6149Code]
LeftMainBronchus: _Final[_groups.Cid6149Code]
LigamentumArteriosum: _Final[_groups.Cid6149Code]
LymphNode: _Final[_groups.Cid6149Code]
MitralValve: _Final[_groups.Cid6149Code]
PulmonaryValve: _Final[_groups.Cid6149Code]
RightMainBronchus: _Final[_groups.Cid6149Code]
ThoracicDuct: _Final[_groups.Cid6149Code]
ThymusGland: _Final[_groups.Cid6149Code]
Thyroid: _Final[_groups.Cid6149Code]
Trachea: _Final[_groups.Cid6149Code]
TrapeziusMuscle: _Final[_groups.Cid6149Code]
TricuspidValve: _Final[_groups.Cid6149Code]
Ventricle: _Final[_groups.Cid6149Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6149Code]]
