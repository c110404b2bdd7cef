"""CID 3805 Stenosis Type.

Extensible, version 20051103, UID 1.2.840.10008.6.1.266.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ArterioscleroticVascularDisease: _Final[_groups.Cid3805Code]
Compression: _Final[_groups.Cid3805Code]
Fibrous: _Final[_groups.Cid3805Code]
RaynaudDisease: _Final[_groups.Cid3805Code]
Entrapment: _Final[_groups.Cid3805Code]
Vasculitis: _Final[_groups.Cid3805Code]
Thrombosis: _Final[_groups.Cid3805Code]
Embolism: _Final[_groups.Cid3805Code]
CysticAdventitialDisease: _Final[_groups.Cid3805Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3805Code]]
