"""CID 7461 Area Measurement Unit.

Extensible, version 20020904, UID 1.2.840.10008.6.1.522.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

SquareCentimeter: _Final[_groups.Cid7461Code]
SquareMillimeter: _Final[_groups.Cid7461Code]
SquareMicrometer: _Final[_groups.Cid7461Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7461Code]]
