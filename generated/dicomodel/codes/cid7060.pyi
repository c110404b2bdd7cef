"""CID 7060 Encapsulated Document Source Purpose of Reference.

Extensible, version 20180403, UID 1.2.840.10008.6.1.1201.
Includes CID 7013.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

SourceImage: _Final[_groups.Cid7060Code]
SourceMeasurement: _Final[_groups.Cid7060Code]
SourceReport: _Final[_groups.Cid7060Code]
SourceRawData: _Final[_groups.Cid7060Code]
SourceDeformableSpatialRegistration: _Final[_groups.Cid7060Code]
SourceRealWorldValueMap: _Final[_groups.Cid7060Code]
SourceSegmentation: _Final[_groups.Cid7060Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7060Code]]
