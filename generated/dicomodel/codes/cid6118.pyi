"""CID 6118 Size Descriptor.

Extensible, version 20030108, UID 1.2.840.10008.6.1.438.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ExtremelySmall: _Final[_groups.Cid6118Code]
VerySmall: _Final[_groups.Cid6118Code]
Small: _Final[_groups.Cid6118Code]
Medium: _Final[_groups.Cid6118Code]
Large: _Final[_groups.Cid6118Code]
Enlarged: _Final[_groups.Cid6118Code]
TooSmall: _Final[_groups.Cid6118Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6118Code]]
