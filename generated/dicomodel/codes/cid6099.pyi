"""CID 6099 Racial Group.

Extensible, version 20240611, UID 1.2.840.10008.6.1.1278.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AfricanRace: _Final[_groups.Cid6099Code]
AsianRace: _Final[_groups.Cid6099Code]
CaucasianRace: _Final[_groups.Cid6099Code]
AmericanIndianOrAlaskaNative: _Final[_groups.Cid6099Code]
NativeHawaiianOrOtherPacificIslander: _Final[_groups.Cid6099Code]
AsianOrPacificIslanderRace: _Final[_groups.Cid6099Code]
AustralianAborigineRace: _Final[_groups.Cid6099Code]
IndianRace: _Final[_groups.Cid6099Code]
Hispanic: _Final[_groups.Cid6099Code]
MiddleEasternOrNorthAfrican: _Final[_groups.Cid6099Code]
MixedRacialGroup: _Final[_groups.Cid6099Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6099Code]]
