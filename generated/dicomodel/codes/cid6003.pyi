"""CID 6003 Change Since Last Mammogram or Prior Surgery from BI-RADS®.

Extensible, version 20020904, UID 1.2.840.10008.6.1.333.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

NewFinding: _Final[_groups.Cid6003Code]
FindingPartiallyRemoved: _Final[_groups.Cid6003Code]
NoSignificantChangesInTheFinding: _Final[_groups.Cid6003Code]
IncreaseInSize: _Final[_groups.Cid6003Code]
DecreaseInSize: _Final[_groups.Cid6003Code]
IncreaseInNumberOfCalcifications: _Final[_groups.Cid6003Code]
DecreaseInNumberOfCalcifications: _Final[_groups.Cid6003Code]
LessDefined: _Final[_groups.Cid6003Code]
MoreDefined: _Final[_groups.Cid6003Code]
RemovalOfImplantSincePreviousMammogram: _Final[_groups.Cid6003Code]
ImplantRevisedSincePreviousMammogram: _Final[_groups.Cid6003Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6003Code]]
