"""CID 7201 Referenced Image Purpose of Reference.

Extensible, version 20220402, UID 1.2.840.10008.6.1.508.

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
Localizer: _Final[_Code]
BiopsyLocalizer: _Final[_Code]
OtherPartialViews: _Final[_Code]
OtherImageOfBiplanePair: _Final[_Code]
OtherImageOfStereoscopicPair: _Final[_Code]
ImagesRelatedToStandaloneObject: _Final[_Code]
Spectroscopy: _Final[_Code]
AnatomicImage: _Final[_Code]
FunctionalImage: _Final[_Code]
SpectralFilteredImage: _Final[_Code]
DeviceLocalizer: _Final[_Code]
AcquisitionFramesCorrespondingToVolume: _Final[_Code]
VolumeCorrespondingToSpatiallyRelatedAcquisitionFrames: _Final[_Code]
TemporalPredecessor: _Final[_Code]
TemporalSuccessor: _Final[_Code]
ImageUsedForTreatmentPlanning: _Final[_Code]
ImageUsedForDoseCalculation: _Final[_Code]
ImageAcquiredDuringTreatment: _Final[_Code]
ImageUsedAsReferenceImageForTreatment: _Final[_Code]
QualityControlMaterialImage: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
