"""CID 6002 Change Since Last Mammogram or Prior Surgery.

Extensible, version 20020904, UID 1.2.840.10008.6.1.332.
Includes CID 6003.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

NewFinding: _Final[_groups.Cid6002Code]
FindingPartiallyRemoved: _Final[_groups.Cid6002Code]
NoSignificantChangesInTheFinding: _Final[_groups.Cid6002Code]
IncreaseInSize: _Final[_groups.Cid6002Code]
DecreaseInSize: _Final[_groups.Cid6002Code]
IncreaseInNumberOfCalcifications: _Final[_groups.Cid6002Code]
DecreaseInNumberOfCalcifications: _Final[_groups.Cid6002Code]
LessDefined: _Final[_groups.Cid6002Code]
MoreDefined: _Final[_groups.Cid6002Code]
RemovalOfImplantSincePreviousMammogram: _Final[_groups.Cid6002Code]
ImplantRevisedSincePreviousMammogram: _Final[_groups.Cid6002Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6002Code]]
