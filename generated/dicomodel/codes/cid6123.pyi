"""CID 6123 Chest Opacity Descriptor.

Extensible, version 20030108, UID 1.2.840.10008.6.1.443.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Acinar: _Final[_groups.Cid6123Code]
AirSpace: _Final[_groups.Cid6123Code]
Fibronodular: _Final[_groups.Cid6123Code]
Fluffy: _Final[_groups.Cid6123Code]
Linear: _Final[_groups.Cid6123Code]
Profusion: _Final[_groups.Cid6123Code]
SilhouetteSign: _Final[_groups.Cid6123Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6123Code]]
