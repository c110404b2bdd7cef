"""CID 4266 Ophthalmic Anatomic Structure Reference Point.

Extensible, version 20170914, UID 1.2.840.10008.6.1.942.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

MorphologicallyAbnormalStructure: _Final[_groups.Cid4266Code]
Lesion: _Final[_groups.Cid4266Code]
FoveaCentralis: _Final[_groups.Cid4266Code]
OpticNerveHead: _Final[_groups.Cid4266Code]
DiscFovea: _Final[_groups.Cid4266Code]
Cornea: _Final[_groups.Cid4266Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4266Code]]
