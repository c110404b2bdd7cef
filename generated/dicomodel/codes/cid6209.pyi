"""CID 6209 Colon Morphology Descriptor.

Extensible, version 20090402, UID 1.2.840.10008.6.1.796.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Sessile: _Final[_groups.Cid6209Code]
Pedunculated: _Final[_groups.Cid6209Code]
Flat: _Final[_groups.Cid6209Code]
Circumferential: _Final[_groups.Cid6209Code]
Ulcer: _Final[_groups.Cid6209Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6209Code]]
