"""CID 6115 Osseous Anatomy Modifier.

Extensible, version 20160314, UID 1.2.840.10008.6.1.435.

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
AcromionProcessOfScapula: _Final[_Code]
AngleOfRib: _Final[_Code]
ArchOfVertebra: _Final[_Code]
BodyOfSternum: _Final[_Code]
ClavicularNotchOfSternum: _Final[_Code]
CoracoidProcessOfScapula: _Final[_Code]
CostalGroove: _Final[_Code]
DorsalAspectOfScapula: _Final[_Code]
GlenoidCavityOfScapula: _Final[_Code]
HeadOfRib: _Final[_Code]
InferiorArticularFacetOfAxis: _Final[_Code]
InferiorArticularProcessOfVertebra: _Final[_Code]
LaminaOfVertebra: _Final[_Code]
ManubriumOfSternum: _Final[_Code]
NeckOfRib: _Final[_Code]
PectoralGirdle: _Final[_Code]
PedicleOfVertebra: _Final[_Code]
RibScaleneTubercle: _Final[_Code]
ScapularInfraspinatusFossa: _Final[_Code]
ScapularSpine: _Final[_Code]
ScapularSupraspinatusFossa: _Final[_Code]
ShaftOfRib: _Final[_Code]
SpinousProcessOfVertebra: _Final[_Code]
SternalAngle: _Final[_Code]
SubscapularFossa: _Final[_Code]
SuperiorArticularFacetOfAxis: _Final[_Code]
SuperiorArticularProcessOfVertebra: _Final[_Code]
SuprasternalNotch: _Final[_Code]
TransverseProcessOrVertebra: _Final[_Code]
TubercleOfRib: _Final[_Code]
VertebralCanal: _Final[_Code]
VertebralForamen: _Final[_Code]
VertebralIntervertebralNotch: _Final[_Code]
XiphoidProcessOfSternum: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
