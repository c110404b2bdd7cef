"""CID 8300 Visual Evaluation Method.

Extensible, version 20140331, UID 1.2.840.10008.6.1.980.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

OverallImageQualityEvaluation: _Final[_groups.Cid8300Code]
GrayscaleResolutionEvaluation: _Final[_groups.Cid8300Code]
LuminanceResponseEvaluation: _Final[_groups.Cid8300Code]
LuminanceUniformityEvaluation: _Final[_groups.Cid8300Code]
ChromaticityEvaluation: _Final[_groups.Cid8300Code]
PixelFaultsEvaluation: _Final[_groups.Cid8300Code]
VeilingGlareEvaluation: _Final[_groups.Cid8300Code]
GeometricalImageEvaluation: _Final[_groups.Cid8300Code]
AngularViewingEvaluation: _Final[_groups.Cid8300Code]
ClinicalEvaluation: _Final[_groups.Cid8300Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid8300Code]]
