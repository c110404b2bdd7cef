"""CID 3706 Overall Contractility.

Extensible, version 20111028, UID 1.2.840.10008.6.1.208.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

NormalWallContractility: _Final[_groups.Cid3706Code]
Hyperkinesis: _Final[_groups.Cid3706Code]
Hypokinesis: _Final[_groups.Cid3706Code]
Akinesis: _Final[_groups.Cid3706Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3706Code]]
