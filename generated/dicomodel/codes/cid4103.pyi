"""CID 4103 Arterial Input Function Measurement Method.

Extensible, version 20141110, UID 1.2.840.10008.6.1.988.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AIFIgnored: _Final[_groups.Cid4103Code]
PopulationAveragedAIF: _Final[_groups.Cid4103Code]
UserDefinedAIFROI: _Final[_groups.Cid4103Code]
AutomaticallyDetectedAIFROI: _Final[_groups.Cid4103Code]
BlindEstimationOfAIF: _Final[_groups.Cid4103Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4103Code]]
