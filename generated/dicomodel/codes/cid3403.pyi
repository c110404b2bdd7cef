"""CID 3403 Percutaneous Entry.

Extensible, version 20030327, UID 1.2.840.10008.6.1.68.
Includes CID 3746, CID 3747.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ViaFemoralArtery: _Final[_groups.Cid3403Code]
ViaRadialArtery: _Final[_groups.Cid3403Code]
ViaBrachialArtery: _Final[_groups.Cid3403Code]
ViaArtery: _Final[_groups.Cid3403Code]
ViaArmVein: _Final[_groups.Cid3403Code]
ViaFemoralVein: _Final[_groups.Cid3403Code]
ViaVein: _Final[_groups.Cid3403Code]
NoClosureDeviceUsedAtPercutaneousEntry: _Final[_groups.Cid3403Code]
PercutaneousEntryClosedBySuture: _Final[_groups.Cid3403Code]
PercutaneousEntryClosedBySealant: _Final[_groups.Cid3403Code]
PercutaneousEntryClosedByOtherMechanism: _Final[_groups.Cid3403Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3403Code]]
