"""CID 4204 Ophthalmic Filter.

Extensible, version 20110112, UID 1.2.840.10008.6.1.320.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

GreenOpticalFilter: _Final[_groups.Cid4204Code]
RedOpticalFilter: _Final[_groups.Cid4204Code]
BlueOpticalFilter: _Final[_groups.Cid4204Code]
YellowGreenOpticalFilter: _Final[_groups.Cid4204Code]
BlueGreenOpticalFilter: _Final[_groups.Cid4204Code]
InfraredOpticalFilter: _Final[_groups.Cid4204Code]
PolarizingOpticalFilter: _Final[_groups.Cid4204Code]
NoFilter: _Final[_groups.Cid4204Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4204Code]]
