"""CID 9231 Workitem Definition.

Extensible, version 20160601, UID 1.2.840.10008.6.1.531.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ImageProcessing: _Final[_groups.Cid9231Code]
QualityControl: _Final[_groups.Cid9231Code]
ComputerAidedDiagnosis: _Final[_groups.Cid9231Code]
ComputerAidedDetection: _Final[_groups.Cid9231Code]
Interpretation: _Final[_groups.Cid9231Code]
Transcription: _Final[_groups.Cid9231Code]
ReportVerification: _Final[_groups.Cid9231Code]
AddAddendumToReport: _Final[_groups.Cid9231Code]
Print: _Final[_groups.Cid9231Code]
NoSubsequentWorkitems: _Final[_groups.Cid9231Code]
MediaImport: _Final[_groups.Cid9231Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9231Code]]
