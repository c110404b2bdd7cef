"""CID 100 Quantitative Diagnostic Imaging Procedure.

Extensible, version 20230630, UID 1.2.840.10008.6.1.998.

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
ImagingProcedure: _Final[_Code]
MagneticResonanceImagingGuidance: _Final[_Code]
MultiparametricMRI: _Final[_Code]
MultiparametricMRIOfProstate: _Final[_Code]
MultiparametricMRIOfWholeBody: _Final[_Code]
DynamicMagneticResonanceImagingOfKnee: _Final[_Code]
DynamicMagneticResonanceImagingOfPelvis: _Final[_Code]
CTUnspecifiedBodyRegion: _Final[_Code]
MRIUnspecifiedBodyRegion: _Final[_Code]
NMUnspecifiedBodyRegion: _Final[_Code]
PETUnspecifiedBodyRegion: _Final[_Code]
XRUnspecifiedBodyRegion: _Final[_Code]
Angiography: _Final[_Code]
PETWholeBody: _Final[_Code]
PETCTFDGImagingOfWholeBody: _Final[_Code]
PETCTMETImagingOfWholeBody: _Final[_Code]
CTPerfusionHeadWithContrastIV: _Final[_Code]
SPECTBrain: _Final[_Code]
NMHeadPerfusionBrainPETCTAV45: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
