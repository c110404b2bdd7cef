"""CID 32 Non-Acquisition Modality.

Extensible, version 20200118, UID 1.2.840.10008.6.1.1282.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ContentAssessmentResult: _Final[_groups.Cid32Code]
BasicVoiceAudio: _Final[_groups.Cid32Code]
CTProtocol: _Final[_groups.Cid32Code]
Document: _Final[_groups.Cid32Code]
SpatialFiducials: _Final[_groups.Cid32Code]
HardCopy: _Final[_groups.Cid32Code]
IntraocularLensCalculation: _Final[_groups.Cid32Code]
KeyObjectSelection: _Final[_groups.Cid32Code]
ModelFor3DManufacturing: _Final[_groups.Cid32Code]
Other: _Final[_groups.Cid32Code]
Plan: _Final[_groups.Cid32Code]
PresentationState: _Final[_groups.Cid32Code]
Registration: _Final[_groups.Cid32Code]
RTDose: _Final[_groups.Cid32Code]
RTPlan: _Final[_groups.Cid32Code]
RTTreatmentRecord: _Final[_groups.Cid32Code]
RTStructureSet: _Final[_groups.Cid32Code]
RealWorldValueMap: _Final[_groups.Cid32Code]
Segmentation: _Final[_groups.Cid32Code]
StereometricRelationship: _Final[_groups.Cid32Code]
StructuredReportDocument: _Final[_groups.Cid32Code]
AutomatedSlideStainer: _Final[_groups.Cid32Code]
TextureMap: _Final[_groups.Cid32Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid32Code]]
