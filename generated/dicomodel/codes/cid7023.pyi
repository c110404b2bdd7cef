"""CID 7023 RT Process Output.

Extensible, version 20160908, UID 1.2.840.10008.6.1.1135.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
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
MEMBERS: _Final[tuple[_groups.Cid7023Code, ...]]
