"""CID 7013 Non-Image Source Instance Purpose of Reference.

Extensible, version 20200920, UID 1.2.840.10008.6.1.1134.
Includes CID 7019.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

SourceMeasurement: _Final[_groups.Cid7013Code]
SourceReport: _Final[_groups.Cid7013Code]
SourceRawData: _Final[_groups.Cid7013Code]
SourceDeformableSpatialRegistration: _Final[_groups.Cid7013Code]
SourceRealWorldValueMap: _Final[_groups.Cid7013Code]
SourceSegmentation: _Final[_groups.Cid7013Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7013Code]]
