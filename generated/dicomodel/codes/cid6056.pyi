"""CID 6056 Associated Finding for Breast.

Extensible, version 20240611, UID 1.2.840.10008.6.1.385.
Includes CID 6015.

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
BreastHematoma: _Final[_groups.Cid6056Code]
SurgicalScar: _Final[_groups.Cid6056Code]
NippleRetraction: _Final[_groups.Cid6056Code]
MammographyBreastDensity: _Final[_groups.Cid6056Code]
IndividualCalcification: _Final[_groups.Cid6056Code]
CalcificationCluster: _Final[_groups.Cid6056Code]
ArchitecturalDistortionOfBreast: _Final[_groups.Cid6056Code]
TubularDensity: _Final[_groups.Cid6056Code]
IntramammaryLymphNode: _Final[_groups.Cid6056Code]
TrabecularThickeningOfBreast: _Final[_groups.Cid6056Code]
BreastComposition: _Final[_groups.Cid6056Code]
SkinRetractionOfBreast: _Final[_groups.Cid6056Code]
SkinThickeningOfBreast: _Final[_groups.Cid6056Code]
AxillaryAdenopathy: _Final[_groups.Cid6056Code]
SkinLesion: _Final[_groups.Cid6056Code]
CooperLigamentChanges: _Final[_groups.Cid6056Code]
Edema: _Final[_groups.Cid6056Code]
MassInTheSkin: _Final[_groups.Cid6056Code]
MassOnTheSkin: _Final[_groups.Cid6056Code]
AxillaryLymphNode: _Final[_groups.Cid6056Code]
MEMBERS: _Final[tuple[_groups.Cid6056Code, ...]]
