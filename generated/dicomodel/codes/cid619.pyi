"""CID 619 Airway Management Sub-Method Code Type for Small Animal Anesthesia.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1084.
Includes CID 620.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

InverseRatioVentilation: _Final[_groups.Cid619Code]
HighFrequencyVentilation: _Final[_groups.Cid619Code]
TranstrachealJetVentilation: _Final[_groups.Cid619Code]
ContinuousFlowApneicVentilation: _Final[_groups.Cid619Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid619Code]]
