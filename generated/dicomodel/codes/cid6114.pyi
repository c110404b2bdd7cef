"""CID 6114 Osseous Anatomy Finding or Feature.

Extensible, version 20170914, UID 1.2.840.10008.6.1.434.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Clavicle: _Final[_groups.Cid6114Code]
Humerus: _Final[_groups.Cid6114Code]
Rib: _Final[_groups.Cid6114Code]
Scapula: _Final[_groups.Cid6114Code]
Spine: _Final[_groups.Cid6114Code]
Sternum: _Final[_groups.Cid6114Code]
Vertebra: _Final[_groups.Cid6114Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6114Code]]
