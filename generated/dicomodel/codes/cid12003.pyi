"""CID 12003 OB-GYN Date.

Extensible, version 20210120, UID 1.2.840.10008.6.1.552.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

EDD: _Final[_groups.Cid12003Code]
EDDFromLMP: _Final[_groups.Cid12003Code]
EDDFromAverageUltrasoundAge: _Final[_groups.Cid12003Code]
EDDFromOvulationDate: _Final[_groups.Cid12003Code]
LMP: _Final[_groups.Cid12003Code]
EstimatedLMPByEDD: _Final[_groups.Cid12003Code]
OvulationDate: _Final[_groups.Cid12003Code]
ConceptionDate: _Final[_groups.Cid12003Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12003Code]]
