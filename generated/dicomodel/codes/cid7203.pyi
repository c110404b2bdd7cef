"""CID 7203 Image Derivation.

Extensible, version 20200920, UID 1.2.840.10008.6.1.510.

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
LossyCompression: _Final[_Code]
PixelByPixelAddition: _Final[_Code]
PixelByPixelDivision: _Final[_Code]
PixelByPixelMask: _Final[_Code]
PixelByPixelMaximum: _Final[_Code]
PixelByPixelMean: _Final[_Code]
MetaboliteMapsFromSpectroscopyData: _Final[_Code]
PixelByPixelMinimum: _Final[_Code]
PixelByPixelMultiplication: _Final[_Code]
PixelByPixelSubtraction: _Final[_Code]
MultiplanarReformatting: _Final[_Code]
CurvedMultiplanarReformatting: _Final[_Code]
VolumeRendering: _Final[_Code]
SurfaceRendering: _Final[_Code]
Segmentation: _Final[_Code]
VolumeEditing: _Final[_Code]
MaximumIntensityProjection: _Final[_Code]
MinimumIntensityProjection: _Final[_Code]
SpatialResampling: _Final[_Code]
EdgeEnhancement: _Final[_Code]
Smoothing: _Final[_Code]
GaussianBlur: _Final[_Code]
UnsharpMask: _Final[_Code]
ImageStitching: _Final[_Code]
SpatiallyRelatedFramesExtractedFromTheVolume: _Final[_Code]
TemporallyRelatedFramesExtractedFromTheSetOfVolumes: _Final[_Code]
MultiEnergyProportionalWeighting: _Final[_Code]
PolarToRectangularScanConversion: _Final[_Code]
ExtractionOfIndividualSubjectFromGroup: _Final[_Code]
OCTBScanAnalysis: _Final[_Code]
PerfusionImageAnalysis: _Final[_Code]
DiffusionImageAnalysis: _Final[_Code]
DiffusionTractography: _Final[_Code]
DeformedForRegistration: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
