"""CID 12007 Fetal Cranium Measurement.

Extensible, version 20030130, UID 1.2.840.10008.6.1.556.

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
LateralVentricleWidth: _Final[_Code]
CisternaMagnaLength: _Final[_Code]
NuchalFoldThickness: _Final[_Code]
InnerOrbitalDiameter: _Final[_Code]
OuterOrbitalDiameter: _Final[_Code]
TransverseCerebellarDiameter: _Final[_Code]
NuchalTranslucency: _Final[_Code]
AnteriorHornLateralVentricularWidth: _Final[_Code]
PosteriorHornLateralVentricularWidth: _Final[_Code]
WidthOfHemisphere: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
