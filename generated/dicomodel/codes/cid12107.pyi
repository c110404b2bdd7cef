"""CID 12107 Upper Extremity Artery.

Extensible, version 20050110, UID 1.2.840.10008.6.1.574.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AxillaryArtery: _Final[_groups.Cid12107Code]
BrachialArtery: _Final[_groups.Cid12107Code]
DeepPalmarArchOfRadialArtery: _Final[_groups.Cid12107Code]
InnominateArtery: _Final[_groups.Cid12107Code]
RadialArtery: _Final[_groups.Cid12107Code]
SubclavianArtery: _Final[_groups.Cid12107Code]
SuperficialPalmarArch: _Final[_groups.Cid12107Code]
UlnarArtery: _Final[_groups.Cid12107Code]
DigitalArteryOfHand: _Final[_groups.Cid12107Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12107Code]]
