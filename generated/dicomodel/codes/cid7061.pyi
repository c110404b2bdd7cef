"""CID 7061 Model Document Title.

Extensible, version 20180403, UID 1.2.840.10008.6.1.1202.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

SourceImage: _Final[_groups.Cid7061Code]
MR3DCAMModel: _Final[_groups.Cid7061Code]
CT3DCAMModel: _Final[_groups.Cid7061Code]
US3DCAMModel: _Final[_groups.Cid7061Code]
MixedModality3DCAMModel: _Final[_groups.Cid7061Code]
PhotogrammetricImaging3DCAMModel: _Final[_groups.Cid7061Code]
LaserScanning3DCAMModel: _Final[_groups.Cid7061Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7061Code]]
