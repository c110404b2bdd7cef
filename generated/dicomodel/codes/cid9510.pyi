"""CID 9510 Purpose of Reference For RT Treatment Planning Input.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1220.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

DiagnosticSourceImages: _Final[_groups.Cid9510Code]
SegmentationResult: _Final[_groups.Cid9510Code]
RegistrationResult: _Final[_groups.Cid9510Code]
RTPrescriptionResult: _Final[_groups.Cid9510Code]
RTTreatmentPlanningInputImages: _Final[_groups.Cid9510Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9510Code]]
