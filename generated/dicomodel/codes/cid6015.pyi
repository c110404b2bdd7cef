"""CID 6015 Single Image Finding from BI-RADS®.

Extensible, version 20170914, UID 1.2.840.10008.6.1.345.

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
MammographyBreastDensity: _Final[_groups.Cid6015Code]
IndividualCalcification: _Final[_groups.Cid6015Code]
CalcificationCluster: _Final[_groups.Cid6015Code]
ArchitecturalDistortionOfBreast: _Final[_groups.Cid6015Code]
TubularDensity: _Final[_groups.Cid6015Code]
IntramammaryLymphNode: _Final[_groups.Cid6015Code]
TrabecularThickeningOfBreast: _Final[_groups.Cid6015Code]
BreastComposition: _Final[_groups.Cid6015Code]
SkinRetractionOfBreast: _Final[_groups.Cid6015Code]
SkinThickeningOfBreast: _Final[_groups.Cid6015Code]
AxillaryAdenopathy: _Final[_groups.Cid6015Code]
SkinLesion: _Final[_groups.Cid6015Code]
CooperLigamentChanges: _Final[_groups.Cid6015Code]
Edema: _Final[_groups.Cid6015Code]
MassInTheSkin: _Final[_groups.Cid6015Code]
MassOnTheSkin: _Final[_groups.Cid6015Code]
AxillaryLymphNode: _Final[_groups.Cid6015Code]
MEMBERS: _Final[tuple[_groups.Cid6015Code, ...]]
