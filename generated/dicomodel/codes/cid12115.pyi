"""CID 12115 Renal Vessel.

Extensible, version 20191108, UID 1.2.840.10008.6.1.582.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

RenalArtery: _Final[_groups.Cid12115Code]
HilarArtery: _Final[_groups.Cid12115Code]
SegmentalArtery: _Final[_groups.Cid12115Code]
LobarArtery: _Final[_groups.Cid12115Code]
ArcuateArteryOfTheKidney: _Final[_groups.Cid12115Code]
InterlobarArteryOfKidney: _Final[_groups.Cid12115Code]
InterlobularArteryOfKidney: _Final[_groups.Cid12115Code]
AccessoryRenalArtery: _Final[_groups.Cid12115Code]
PerforatingArteryOfKidney: _Final[_groups.Cid12115Code]
RenalVein: _Final[_groups.Cid12115Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12115Code]]
