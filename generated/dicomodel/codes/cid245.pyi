"""CID 245 Laterality with Median.

Non-extensible, version 20190524, UID 1.2.840.10008.6.1.1267.
Includes CID 244.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Median: _Final[_groups.Cid245Code]
Bilateral: _Final[_groups.Cid245Code]
Unilateral: _Final[_groups.Cid245Code]
Right: _Final[_groups.Cid245Code]
Left: _Final[_groups.Cid245Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid245Code]]
