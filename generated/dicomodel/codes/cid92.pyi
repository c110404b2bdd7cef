"""CID 92 Joint Position During Acquisition.

Extensible, version 20100625, UID 1.2.840.10008.6.1.892.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

NeutralMusculoskeletalPosition: _Final[_groups.Cid92Code]
Flexion: _Final[_groups.Cid92Code]
Extension: _Final[_groups.Cid92Code]
Abduction: _Final[_groups.Cid92Code]
Adduction: _Final[_groups.Cid92Code]
InternalRotation: _Final[_groups.Cid92Code]
ExternalRotation: _Final[_groups.Cid92Code]
Supination: _Final[_groups.Cid92Code]
Pronation: _Final[_groups.Cid92Code]
Torsion: _Final[_groups.Cid92Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid92Code]]
