"""CID 7203 Image Derivation.

Extensible, version 20200920, UID 1.2.840.10008.6.1.510.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LossyCompression: _Final[_groups.Cid7203Code]
PixelByPixelAddition: _Final[_groups.Cid7203Code]
PixelByPixelDivision: _Final[_groups.Cid7203Code]
PixelByPixelMask: _Final[_groups.Cid7203Code]
PixelByPixelMaximum: _Final[_groups.Cid7203Code]
PixelByPixelMean: _Final[_groups.Cid7203Code]
MetaboliteMapsFromSpectroscopyData: _Final[_groups.Cid7203Code]
PixelByPixelMinimum: _Final[_groups.Cid7203Code]
PixelByPixelMultiplication: _Final[_groups.Cid7203Code]
PixelByPixelSubtraction: _Final[_groups.Cid7203Code]
MultiplanarReformatting: _Final[_groups.Cid7203Code]
CurvedMultiplanarReformatting: _Final[_groups.Cid7203Code]
VolumeRendering: _Final[_groups.Cid7203Code]
SurfaceRendering: _Final[_groups.Cid7203Code]
Segmentation: _Final[_groups.Cid7203Code]
VolumeEditing: _Final[_groups.Cid7203Code]
MaximumIntensityProjection: _Final[_groups.Cid7203Code]
MinimumIntensityProjection: _Final[_groups.Cid7203Code]
SpatialResampling: _Final[_groups.Cid7203Code]
EdgeEnhancement: _Final[_groups.Cid7203Code]
Smoothing: _Final[_groups.Cid7203Code]
GaussianBlur: _Final[_groups.Cid7203Code]
UnsharpMask: _Final[_groups.Cid7203Code]
ImageStitching: _Final[_groups.Cid7203Code]
SpatiallyRelatedFramesExtractedFromTheVolume: _Final[_groups.Cid7203Code]
TemporallyRelatedFramesExtractedFromTheSetOfVolumes: _Final[_groups.Cid7203Code]
MultiEnergyProportionalWeighting: _Final[_groups.Cid7203Code]
PolarToRectangularScanConversion: _Final[_groups.Cid7203Code]
ExtractionOfIndividualSubjectFromGroup: _Final[_groups.Cid7203Code]
OCTBScanAnalysis: _Final[_groups.Cid7203Code]
PerfusionImageAnalysis: _Final[_groups.Cid7203Code]
DiffusionImageAnalysis: _Final[_groups.Cid7203Code]
DiffusionTractography: _Final[_groups.Cid7203Code]
DeformedForRegistration: _Final[_groups.Cid7203Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7203Code]]
