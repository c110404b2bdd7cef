"""CID 12007 Fetal Cranium Measurement.

Extensible, version 20030130, UID 1.2.840.10008.6.1.556.

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
LateralVentricleWidth: _Final[_groups.Cid12007Code]
CisternaMagnaLength: _Final[_groups.Cid12007Code]
NuchalFoldThickness: _Final[_groups.Cid12007Code]
InnerOrbitalDiameter: _Final[_groups.Cid12007Code]
OuterOrbitalDiameter: _Final[_groups.Cid12007Code]
TransverseCerebellarDiameter: _Final[_groups.Cid12007Code]
NuchalTranslucency: _Final[_groups.Cid12007Code]
AnteriorHornLateralVentricularWidth: _Final[_groups.Cid12007Code]
PosteriorHornLateralVentricularWidth: _Final[_groups.Cid12007Code]
WidthOfHemisphere: _Final[_groups.Cid12007Code]
MEMBERS: _Final[tuple[_groups.Cid12007Code, ...]]
