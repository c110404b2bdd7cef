"""CID 100 Quantitative Diagnostic Imaging Procedure.

Extensible, version 20230630, UID 1.2.840.10008.6.1.998.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ImagingProcedure: _Final[_groups.Cid100Code]
MagneticResonanceImagingGuidance: _Final[_groups.Cid100Code]
MultiparametricMRI: _Final[_groups.Cid100Code]
MultiparametricMRIOfProstate: _Final[_groups.Cid100Code]
MultiparametricMRIOfWholeBody: _Final[_groups.Cid100Code]
DynamicMagneticResonanceImagingOfKnee: _Final[_groups.Cid100Code]
DynamicMagneticResonanceImagingOfPelvis: _Final[_groups.Cid100Code]
CTUnspecifiedBodyRegion: _Final[_groups.Cid100Code]
MRIUnspecifiedBodyRegion: _Final[_groups.Cid100Code]
NMUnspecifiedBodyRegion: _Final[_groups.Cid100Code]
PETUnspecifiedBodyRegion: _Final[_groups.Cid100Code]
XRUnspecifiedBodyRegion: _Final[_groups.Cid100Code]
Angiography: _Final[_groups.Cid100Code]
PETWholeBody: _Final[_groups.Cid100Code]
PETCTFDGImagingOfWholeBody: _Final[_groups.Cid100Code]
PETCTMETImagingOfWholeBody: _Final[_groups.Cid100Code]
CTPerfusionHeadWithContrastIV: _Final[_groups.Cid100Code]
SPECTBrain: _Final[_groups.Cid100Code]
NMHeadPerfusionBrainPETCTAV45: _Final[_groups.Cid100Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid100Code]]
