"""CID 9509 Purpose of Reference For RT Physician Intent Input.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1219.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

HistoricalRTPrescription: _Final[_groups.Cid9509Code]
DiagnosticSourceImages: _Final[_groups.Cid9509Code]
SegmentationResult: _Final[_groups.Cid9509Code]
RegistrationResult: _Final[_groups.Cid9509Code]
RTPrescriptionInputImages: _Final[_groups.Cid9509Code]
RelevantDiagnosticTestsAndOrLaboratoryData: _Final[_groups.Cid9509Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9509Code]]
