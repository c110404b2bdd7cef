"""CID 7454 Animal Taxonomic Rank Value.

Extensible, version 20160211, UID 1.2.840.10008.6.1.518.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

HomoSapiens: _Final[_groups.Cid7454Code]
Felis: _Final[_groups.Cid7454Code]
FelisCatus: _Final[_groups.Cid7454Code]
Equus: _Final[_groups.Cid7454Code]
EquusCaballus: _Final[_groups.Cid7454Code]
Ovis: _Final[_groups.Cid7454Code]
OvisAries: _Final[_groups.Cid7454Code]
Sus: _Final[_groups.Cid7454Code]
SusScrofa: _Final[_groups.Cid7454Code]
Capra: _Final[_groups.Cid7454Code]
CapraHircus: _Final[_groups.Cid7454Code]
Canis: _Final[_groups.Cid7454Code]
CanisLupus: _Final[_groups.Cid7454Code]
CanisLupusFamiliaris: _Final[_groups.Cid7454Code]
Bos: _Final[_groups.Cid7454Code]
Bovinae: _Final[_groups.Cid7454Code]
BosTaurus: _Final[_groups.Cid7454Code]
MusGenus: _Final[_groups.Cid7454Code]
MusMusculus: _Final[_groups.Cid7454Code]
PeromyscusLeucopus: _Final[_groups.Cid7454Code]
PeromyscusManiculatus: _Final[_groups.Cid7454Code]
Rattus: _Final[_groups.Cid7454Code]
RattusNorvegicus: _Final[_groups.Cid7454Code]
SigmodonGenus: _Final[_groups.Cid7454Code]
CaviaPorcellus: _Final[_groups.Cid7454Code]
MustelaPutoriusFuro: _Final[_groups.Cid7454Code]
OryctolagusCuniculus: _Final[_groups.Cid7454Code]
CallithrixJacchus: _Final[_groups.Cid7454Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7454Code]]
