"""CID 7023 RT Process Output.

Extensible, version 20160908, UID 1.2.840.10008.6.1.1135.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PrePlanningResult: _Final[_groups.Cid7023Code]
RTPrescriptionResult: _Final[_groups.Cid7023Code]
DoseCalculationImageSeries: _Final[_groups.Cid7023Code]
CoordinateAlignmentImageSeries: _Final[_groups.Cid7023Code]
RTTreatmentSimulationResult: _Final[_groups.Cid7023Code]
RTPlanningResult: _Final[_groups.Cid7023Code]
DosimetricResult: _Final[_groups.Cid7023Code]
PatientSetupVerificationResult: _Final[_groups.Cid7023Code]
RTTreatmentSessionResult: _Final[_groups.Cid7023Code]
RTTreatmentCourseSummary: _Final[_groups.Cid7023Code]
RTTreatmentQAResult: _Final[_groups.Cid7023Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7023Code]]
