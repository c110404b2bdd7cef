"""CID 601 Biosafety Level.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1065.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

BiosafetyLevel1: _Final[_groups.Cid601Code]
BiosafetyLevel2: _Final[_groups.Cid601Code]
BiosafetyLevel3: _Final[_groups.Cid601Code]
BiosafetyLevel4: _Final[_groups.Cid601Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid601Code]]
