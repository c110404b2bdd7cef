"""CID 7601 Head and Neck Cancer Anatomic Site.

Extensible, version 20230630, UID 1.2.840.10008.6.1.1012.

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
BaseOfTongue: _Final[_Code]
BuccalMucosa: _Final[_Code]
FloorOfMouth: _Final[_Code]
Glottis: _Final[_Code]
Hypopharynx: _Final[_Code]
Larynx: _Final[_Code]
LingualTonsil: _Final[_Code]
Lip: _Final[_Code]
AlveolarProcessOfMandible: _Final[_Code]
MaxillarySinus: _Final[_Code]
NasalCavity: _Final[_Code]
Nasopharynx: _Final[_Code]
OralCavity: _Final[_Code]
OropharyngealTonsil: _Final[_Code]
Oropharynx: _Final[_Code]
PalatineTonsil: _Final[_Code]
ParanasalSinus: _Final[_Code]
PharyngealRecess: _Final[_Code]
PharyngealTonsil: _Final[_Code]
PharyngotympanicTube: _Final[_Code]
PyriformSinus: _Final[_Code]
RetromolarTrigone: _Final[_Code]
SalivaryGland: _Final[_Code]
Supraglottis: _Final[_Code]
Tongue: _Final[_Code]
TonsilAndAdenoid: _Final[_Code]
TorusOfPharyngotympanicTube: _Final[_Code]
TubalTonsil: _Final[_Code]
UnknownPrimaryNeoplasiaSite: _Final[_Code]
Uvula: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
