"""CID 8202 Surface Scan Mode Type.

Extensible, version 20121129, UID 1.2.840.10008.6.1.954.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

TurntableScanMethod: _Final[_groups.Cid8202Code]
HighResolution: _Final[_groups.Cid8202Code]
FastMode: _Final[_groups.Cid8202Code]
Checkerboard: _Final[_groups.Cid8202Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid8202Code]]
