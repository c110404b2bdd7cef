"""CID 6103 Abnormal Lines Finding or Feature.

Extensible, version 20030108, UID 1.2.840.10008.6.1.423.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ReticulonodularPattern: _Final[_groups.Cid6103Code]
AirFluidLevel: _Final[_groups.Cid6103Code]
CoronaRadiata: _Final[_groups.Cid6103Code]
HoneycombPattern: _Final[_groups.Cid6103Code]
FleischnerLines: _Final[_groups.Cid6103Code]
IntralobularLines: _Final[_groups.Cid6103Code]
KerleyALine: _Final[_groups.Cid6103Code]
KerleyBLine: _Final[_groups.Cid6103Code]
KerleyCLines: _Final[_groups.Cid6103Code]
ParenchymalBand: _Final[_groups.Cid6103Code]
PlateLikeAtelectasis: _Final[_groups.Cid6103Code]
ReticularPattern: _Final[_groups.Cid6103Code]
SeptalLines: _Final[_groups.Cid6103Code]
SubpleuralLine: _Final[_groups.Cid6103Code]
TramlineShadow: _Final[_groups.Cid6103Code]
TubularShadow: _Final[_groups.Cid6103Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6103Code]]
