"""CID 10030 Detector Type.

Extensible, version 20120406, UID 1.2.840.10008.6.1.959.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

DirectDetector: _Final[_groups.Cid10030Code]
IndirectDetector: _Final[_groups.Cid10030Code]
StorageDetector: _Final[_groups.Cid10030Code]
Film: _Final[_groups.Cid10030Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10030Code]]
