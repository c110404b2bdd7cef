"""CID 12111 Abdominopelvic Artery (Paired).

Extensible, version 20200310, UID 1.2.840.10008.6.1.578.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AccessoryRenalArtery: _Final[_groups.Cid12111Code]
CommonIliacArtery: _Final[_groups.Cid12111Code]
GastricArtery: _Final[_groups.Cid12111Code]
LumbarArtery: _Final[_groups.Cid12111Code]
FirstLumbarArtery: _Final[_groups.Cid12111Code]
SecondLumbarArtery: _Final[_groups.Cid12111Code]
ThirdLumbarArtery: _Final[_groups.Cid12111Code]
FourthLumbarArtery: _Final[_groups.Cid12111Code]
FifthLumbarArtery: _Final[_groups.Cid12111Code]
SixthLumbarArtery: _Final[_groups.Cid12111Code]
OvarianArtery: _Final[_groups.Cid12111Code]
TesticularArtery: _Final[_groups.Cid12111Code]
UmbilicalArtery: _Final[_groups.Cid12111Code]
UterineArtery: _Final[_groups.Cid12111Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12111Code]]
