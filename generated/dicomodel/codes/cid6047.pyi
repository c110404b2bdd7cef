"""CID 6047 CAD Processing and Finding Summary.

Non-extensible, version 20020904, UID 1.2.840.10008.6.1.377.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AllAlgorithmsSucceededWithoutFindings: _Final[_groups.Cid6047Code]
AllAlgorithmsSucceededWithFindings: _Final[_groups.Cid6047Code]
NotAllAlgorithmsSucceededWithoutFindings: _Final[_groups.Cid6047Code]
NotAllAlgorithmsSucceededWithFindings: _Final[_groups.Cid6047Code]
NoAlgorithmsSucceededWithoutFindings: _Final[_groups.Cid6047Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6047Code]]
