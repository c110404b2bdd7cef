"""CID 6129 Chest Site Involvement.

Extensible, version 20240611, UID 1.2.840.10008.6.1.449.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Lung: _Final[_groups.Cid6129Code]
Mediastinum: _Final[_groups.Cid6129Code]
Lobar: _Final[_groups.Cid6129Code]
InterstitialTissue: _Final[_groups.Cid6129Code]
Bronchial: _Final[_groups.Cid6129Code]
HilumOfLung: _Final[_groups.Cid6129Code]
Aorta: _Final[_groups.Cid6129Code]
PleuralStructure: _Final[_groups.Cid6129Code]
ChestWall: _Final[_groups.Cid6129Code]
UpperAbdomen: _Final[_groups.Cid6129Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6129Code]]
