"""CID 7110 Fiducial Category.

Extensible, version 20160919, UID 1.2.840.10008.6.1.1132.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

FiducialMark: _Final[_groups.Cid7110Code]
AnatomicalPoint: _Final[_groups.Cid7110Code]
BodySurfacePoint: _Final[_groups.Cid7110Code]
BodyReferencePointMarker: _Final[_groups.Cid7110Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7110Code]]
