"""CID 6154 Echo Pattern.

Extensible, version 20050822, UID 1.2.840.10008.6.1.469.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Anechoic: _Final[_groups.Cid6154Code]
Hyperechoic: _Final[_groups.Cid6154Code]
Complex: _Final[_groups.Cid6154Code]
Hypoechoic: _Final[_groups.Cid6154Code]
Isoechoic: _Final[_groups.Cid6154Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6154Code]]
