"""CID 4273 Retinal Segmentation Surface.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1153.

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
ILMInternalLimitingMembrane: _Final[_Code]
OuterSurfaceOfRNFL: _Final[_Code]
OuterSurfaceOfGCL: _Final[_Code]
OuterSurfaceOfIPL: _Final[_Code]
OuterSurfaceOfINL: _Final[_Code]
OuterSurfaceOfOPL: _Final[_Code]
OuterSurfaceOfHFL: _Final[_Code]
ELMExternalLimitingMembrane: _Final[_Code]
SurfaceBetweenInnerAndOuterSegmentsOfThePhotoreceptors: _Final[_Code]
SurfaceOfTheInterdigitatingZoneBetweenRetinaAndRPE: _Final[_Code]
AnteriorSurfaceOfTheRPE: _Final[_Code]
SurfaceOfTheCenterOfTheRPE: _Final[_Code]
PosteriorSurfaceOfTheRPE: _Final[_Code]
OuterSurfaceOfTheBM: _Final[_Code]
SurfaceOfTheChoroidScleraInterface: _Final[_Code]
OuterSurfaceOfTheCC: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
