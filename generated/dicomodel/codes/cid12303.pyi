"""CID 12303 Echo Measurement Type.

Non-extensible, version 20161109, UID 1.2.840.10008.6.1.1144.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Indexed: _Final[_groups.Cid12303Code]
Ratio: _Final[_groups.Cid12303Code]
FractionalChange: _Final[_groups.Cid12303Code]
Calculated: _Final[_groups.Cid12303Code]
ManualEntry: _Final[_groups.Cid12303Code]
DirectlyMeasured: _Final[_groups.Cid12303Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12303Code]]
