"""CID 6113 Mediastinum Anatomy Finding or Feature.

Extensible, version 20130617, UID 1.2.840.10008.6.1.433.
Includes CID 6148, CID 6149.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AtrialSeptalDefect: _Final[_groups.Cid6113Code]
AzygoesophagealRecessInterface: _Final[_groups.Cid6113Code]
FascialLayer: _Final[_groups.Cid6113Code]
Hiatus: _Final[_groups.Cid6113Code]
ParaspinalLine: _Final[_groups.Cid6113Code]
PosteriorTrachealStripe: _Final[_groups.Cid6113Code]
RightTrachealStripe: _Final[_groups.Cid6113Code]
Stripe: _Final[_groups.Cid6113Code]
AxillaryFascia: _Final[_groups.Cid6113Code]
Carina: _Final[_groups.Cid6113Code]
CarotidBody: _Final[_groups.Cid6113Code]
CostalCartilage: _Final[_groups.Cid6113Code]
EsophagealHiatus: _Final[_groups.Cid6113Code]
Esophagus: _Final[_groups.Cid6113Code]
Heart: _Final[_groups.Cid6113Code]
LeftMainBronchus: _Final[_groups.Cid6113Code]
LigamentumArteriosum: _Final[_groups.Cid6113Code]
LymphNode: _Final[_groups.Cid6113Code]
MitralValve: _Final[_groups.Cid6113Code]
PulmonaryValve: _Final[_groups.Cid6113Code]
RightMainBronchus: _Final[_groups.Cid6113Code]
ThoracicDuct: _Final[_groups.Cid6113Code]
ThymusGland: _Final[_groups.Cid6113Code]
Thyroid: _Final[_groups.Cid6113Code]
Trachea: _Final[_groups.Cid6113Code]
TrapeziusMuscle: _Final[_groups.Cid6113Code]
TricuspidValve: _Final[_groups.Cid6113Code]
Ventricle: _Final[_groups.Cid6113Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6113Code]]
