"""CID 7100 RCS Registration Method Type.

Extensible, version 20200920, UID 1.2.840.10008.6.1.494.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

FrameOfReferenceIdentity: _Final[_groups.Cid7100Code]
AcquisitionEquipmentAlignment: _Final[_groups.Cid7100Code]
VisualAlignment: _Final[_groups.Cid7100Code]
FiducialAlignment: _Final[_groups.Cid7100Code]
ImageContentBasedAlignment: _Final[_groups.Cid7100Code]
ImageContentAndFiducialBasedAlignment: _Final[_groups.Cid7100Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7100Code]]
