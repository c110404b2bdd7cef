"""CID 12016 Estimated Fetal Weight Percentile Equation/Table.

Extensible, version 20160525, UID 1.2.840.10008.6.1.564.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

FWPByGACampbell1991: _Final[_groups.Cid12016Code]
FWPByGAHadlock1991: _Final[_groups.Cid12016Code]
FWPByGAWilliams1982: _Final[_groups.Cid12016Code]
FWPByGAAlexander1996: _Final[_groups.Cid12016Code]
MaleSingletonBWPByGAArbuckle1993: _Final[_groups.Cid12016Code]
FemaleSingletonBWPByGAArbuckle1993: _Final[_groups.Cid12016Code]
MaleTwinsBWPByGAArbuckle1993: _Final[_groups.Cid12016Code]
FemaleTwinsBWPByGAArbuckle1993: _Final[_groups.Cid12016Code]
FWPByGABrenner1976: _Final[_groups.Cid12016Code]
FWPByGAHadlock1985: _Final[_groups.Cid12016Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12016Code]]
