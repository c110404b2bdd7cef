"""CID 7201 Referenced Image Purpose of Reference.

Extensible, version 20220402, UID 1.2.840.10008.6.1.508.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Localizer: _Final[_groups.Cid7201Code]
BiopsyLocalizer: _Final[_groups.Cid7201Code]
OtherPartialViews: _Final[_groups.Cid7201Code]
OtherImageOfBiplanePair: _Final[_groups.Cid7201Code]
OtherImageOfStereoscopicPair: _Final[_groups.Cid7201Code]
ImagesRelatedToStandaloneObject: _Final[_groups.Cid7201Code]
Spectroscopy: _Final[_groups.Cid7201Code]
AnatomicImage: _Final[_groups.Cid7201Code]
FunctionalImage: _Final[_groups.Cid7201Code]
SpectralFilteredImage: _Final[_groups.Cid7201Code]
DeviceLocalizer: _Final[_groups.Cid7201Code]
AcquisitionFramesCorrespondingToVolume: _Final[_groups.Cid7201Code]
VolumeCorrespondingToSpatiallyRelatedAcquisitionFrames: _Final[_groups.Cid7201Code]
TemporalPredecessor: _Final[_groups.Cid7201Code]
TemporalSuccessor: _Final[_groups.Cid7201Code]
ImageUsedForTreatmentPlanning: _Final[_groups.Cid7201Code]
ImageUsedForDoseCalculation: _Final[_groups.Cid7201Code]
ImageAcquiredDuringTreatment: _Final[_groups.Cid7201Code]
ImageUsedAsReferenceImageForTreatment: _Final[_groups.Cid7201Code]
QualityControlMaterialImage: _Final[_groups.Cid7201Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7201Code]]
