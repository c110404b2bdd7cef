"""CID 620 Airway Management Sub-Method Code Type from Anesthesia Quality Initiative.

Extensible, version 20230630, UID 1.2.840.10008.6.1.1085.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

InverseRatioVentilation: _Final[_groups.Cid620Code]
HighFrequencyVentilation: _Final[_groups.Cid620Code]
TranstrachealJetVentilation: _Final[_groups.Cid620Code]
ContinuousFlowApneicVentilation: _Final[_groups.Cid620Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid620Code]]
