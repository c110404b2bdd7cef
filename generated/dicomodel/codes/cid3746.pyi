"""CID 3746 Percutaneous Entry Site.

Extensible, version 20110609, UID 1.2.840.10008.6.1.243.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ViaFemoralArtery: _Final[_groups.Cid3746Code]
ViaRadialArtery: _Final[_groups.Cid3746Code]
ViaBrachialArtery: _Final[_groups.Cid3746Code]
ViaArtery: _Final[_groups.Cid3746Code]
ViaArmVein: _Final[_groups.Cid3746Code]
ViaFemoralVein: _Final[_groups.Cid3746Code]
ViaVein: _Final[_groups.Cid3746Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3746Code]]
