"""CID 3491 IVUS Lesion Morphology.

Extensible, version 20040614, UID 1.2.840.10008.6.1.125.
Includes CID 3495.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

SoftPlaque: _Final[_groups.Cid3491Code]
InStentNeointima: _Final[_groups.Cid3491Code]
ArterialTrueAneurysm: _Final[_groups.Cid3491Code]
PseudoAneurysm: _Final[_groups.Cid3491Code]
FalseLumen: _Final[_groups.Cid3491Code]
Concentric: _Final[_groups.Cid3491Code]
Eccentric: _Final[_groups.Cid3491Code]
PlaqueUlceration: _Final[_groups.Cid3491Code]
PlaqueRupture: _Final[_groups.Cid3491Code]
VulnerablePlaque: _Final[_groups.Cid3491Code]
ErodedPlaque: _Final[_groups.Cid3491Code]
FibrousPlaque: _Final[_groups.Cid3491Code]
VascularCalcification: _Final[_groups.Cid3491Code]
Thrombus: _Final[_groups.Cid3491Code]
FibroLipidicPlaque: _Final[_groups.Cid3491Code]
NecroticLipidicPlaque: _Final[_groups.Cid3491Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3491Code]]
