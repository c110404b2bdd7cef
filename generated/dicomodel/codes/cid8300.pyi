"""CID 8300 Visual Evaluation Method.

Extensible, version 20140331, UID 1.2.840.10008.6.1.980.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
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
MEMBERS: _Final[tuple[_groups.Cid8300Code, ...]]
