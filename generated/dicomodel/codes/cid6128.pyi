"""CID 6128 Chest Distribution Descriptor.

Extensible, version 20030108, UID 1.2.840.10008.6.1.448.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

BatWingDistribution: _Final[_groups.Cid6128Code]
ButterflyDistribution: _Final[_groups.Cid6128Code]
Centrilobular: _Final[_groups.Cid6128Code]
Coalescent: _Final[_groups.Cid6128Code]
Diffuse: _Final[_groups.Cid6128Code]
Discoid: _Final[_groups.Cid6128Code]
Disseminated: _Final[_groups.Cid6128Code]
Focal: _Final[_groups.Cid6128Code]
Generalized: _Final[_groups.Cid6128Code]
Lobar: _Final[_groups.Cid6128Code]
Multifocal: _Final[_groups.Cid6128Code]
Segmental: _Final[_groups.Cid6128Code]
Systemic: _Final[_groups.Cid6128Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6128Code]]
