"""CID 13 Imaging Contrast Agent Ingredient.

Extensible, version 20190817, UID 1.2.840.10008.6.1.11.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Iodine: _Final[_groups.Cid13Code]
Gadolinium: _Final[_groups.Cid13Code]
CarbonDioxide: _Final[_groups.Cid13Code]
Barium: _Final[_groups.Cid13Code]
Xenon: _Final[_groups.Cid13Code]
Air: _Final[_groups.Cid13Code]
Oxygen: _Final[_groups.Cid13Code]
Water: _Final[_groups.Cid13Code]
Iron: _Final[_groups.Cid13Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid13Code]]
