"""CID 12239 Cardiac Output Property.

Extensible, version 20030918, UID 1.2.840.10008.6.1.630.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

StrokeVolume: _Final[_groups.Cid12239Code]
CardiacOutput: _Final[_groups.Cid12239Code]
CardiacIndex: _Final[_groups.Cid12239Code]
StrokeIndex: _Final[_groups.Cid12239Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12239Code]]
