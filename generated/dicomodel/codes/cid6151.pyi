"""CID 6151 Background Echotexture.

Extensible, version 20050822, UID 1.2.840.10008.6.1.466.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

HomogeneousFatEchotexture: _Final[_groups.Cid6151Code]
HomogeneousFibroglandularEchotexture: _Final[_groups.Cid6151Code]
HeterogeneousEchotexture: _Final[_groups.Cid6151Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6151Code]]
