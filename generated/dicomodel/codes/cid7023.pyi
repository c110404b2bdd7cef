"""CID 7023 RT Process Output.

Extensible, version 20160908, UID 1.2.840.10008.6.1.1135.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
PrePlanningResult: _Final[_Code]
RTPrescriptionResult: _Final[_Code]
DoseCalculationImageSeries: _Final[_Code]
CoordinateAlignmentImageSeries: _Final[_Code]
RTTreatmentSimulationResult: _Final[_Code]
RTPlanningResult: _Final[_Code]
DosimetricResult: _Final[_Code]
PatientSetupVerificationResult: _Final[_Code]
RTTreatmentSessionResult: _Final[_Code]
RTTreatmentCourseSummary: _Final[_Code]
RTTreatmentQAResult: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
