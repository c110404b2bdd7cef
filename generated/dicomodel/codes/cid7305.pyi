"""CID 7305 Implant Planning Landmark.

Extensible, version 20101102, UID 1.2.840.10008.6.1.1036.
Includes CID 7306.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AnatomicalAxisOfFemur: _Final[_groups.Cid7305Code]
AcetabularCenterOfRotation: _Final[_groups.Cid7305Code]
FemurHeadCenterOfRotation: _Final[_groups.Cid7305Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7305Code]]
