"""CID 3808 Aneurysm Type.

Extensible, version 20180325, UID 1.2.840.10008.6.1.269.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

DissectingAneurysm: _Final[_groups.Cid3808Code]
InflammatoryAbdominalAorticAneurysm: _Final[_groups.Cid3808Code]
RupturedAneurysm: _Final[_groups.Cid3808Code]
MixedAneurysm: _Final[_groups.Cid3808Code]
RacemoseAneurysm: _Final[_groups.Cid3808Code]
CirsoidAneurysm: _Final[_groups.Cid3808Code]
MycoticAneurysm: _Final[_groups.Cid3808Code]
MiliaryAneurysm: _Final[_groups.Cid3808Code]
SaccularAneurysm: _Final[_groups.Cid3808Code]
VaricoseAneurysm: _Final[_groups.Cid3808Code]
FusiformAneurysm: _Final[_groups.Cid3808Code]
TraumaticAneurysm: _Final[_groups.Cid3808Code]
ThrombosedAneurysm: _Final[_groups.Cid3808Code]
ExpandingAneurysm: _Final[_groups.Cid3808Code]
CalcifiedAneurysm: _Final[_groups.Cid3808Code]
MultipleAneurysm: _Final[_groups.Cid3808Code]
CylindroidAneurysm: _Final[_groups.Cid3808Code]
SerpentineAneurysm: _Final[_groups.Cid3808Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3808Code]]
