"""CID 6100 Chest Component Category.

Extensible, version 20240611, UID 1.2.840.10008.6.1.420.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Lung: _Final[_groups.Cid6100Code]
Bronchovascular: _Final[_groups.Cid6100Code]
PleuralStructure: _Final[_groups.Cid6100Code]
Mediastinum: _Final[_groups.Cid6100Code]
Heart: _Final[_groups.Cid6100Code]
Osseous: _Final[_groups.Cid6100Code]
SystemicVascularStructure: _Final[_groups.Cid6100Code]
Muscular: _Final[_groups.Cid6100Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6100Code]]
