"""CID 32 Non-Acquisition Modality.

Extensible, version 20200118, UID 1.2.840.10008.6.1.1282.

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
ContentAssessmentResult: _Final[_Code]
BasicVoiceAudio: _Final[_Code]
CTProtocol: _Final[_Code]
Document: _Final[_Code]
SpatialFiducials: _Final[_Code]
HardCopy: _Final[_Code]
IntraocularLensCalculation: _Final[_Code]
KeyObjectSelection: _Final[_Code]
ModelFor3DManufacturing: _Final[_Code]
Other: _Final[_Code]
Plan: _Final[_Code]
PresentationState: _Final[_Code]
Registration: _Final[_Code]
RTDose: _Final[_Code]
RTPlan: _Final[_Code]
RTTreatmentRecord: _Final[_Code]
RTStructureSet: _Final[_Code]
RealWorldValueMap: _Final[_Code]
Segmentation: _Final[_Code]
StereometricRelationship: _Final[_Code]
StructuredReportDocument: _Final[_Code]
AutomatedSlideStainer: _Final[_Code]
TextureMap: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
