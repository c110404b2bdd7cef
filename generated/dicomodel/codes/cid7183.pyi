"""CID 7183 Abstract Multi-dimensional Image Model Dimension Unit.

Extensible, version 20100825, UID 1.2.840.10008.6.1.920.
Includes CID 7460.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Millisecond: _Final[_groups.Cid7183Code]
Second: _Final[_groups.Cid7183Code]
Degree: _Final[_groups.Cid7183Code]
Radian: _Final[_groups.Cid7183Code]
Centimeter: _Final[_groups.Cid7183Code]
Millimeter: _Final[_groups.Cid7183Code]
Micrometer: _Final[_groups.Cid7183Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7183Code]]
