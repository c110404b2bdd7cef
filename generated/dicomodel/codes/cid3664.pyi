"""CID 3664 Oxygen Consumption Equation/Table.

Extensible, version 20030327, UID 1.2.840.10008.6.1.181.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Vo2maleEqualsBSA138Point111Point49LogeAge0Point378Hrf: _Final[_groups.Cid3664Code]
Vo2femaleEqualsBSA138Point117Point04LogeAge0Point378Hrf: _Final[_groups.Cid3664Code]
VO2EqualsVestpd10FIO2FE02: _Final[_groups.Cid3664Code]
VO2Equals152BSA: _Final[_groups.Cid3664Code]
VO2Equals175BSA: _Final[_groups.Cid3664Code]
VO2Equals176BSA: _Final[_groups.Cid3664Code]
RobertsonReidTable: _Final[_groups.Cid3664Code]
FleischTable: _Final[_groups.Cid3664Code]
BoothbyTable: _Final[_groups.Cid3664Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3664Code]]
