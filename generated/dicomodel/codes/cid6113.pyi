"""CID 6113 Mediastinum Anatomy Finding or Feature.

Extensible, version 20130617, UID 1.2.840.10008.6.1.433.
Includes CID 6148, CID 6149.

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
AtrialSeptalDefect: _Final[_Code]
AzygoesophagealRecessInterface: _Final[_Code]
FascialLayer: _Final[_Code]
Hiatus: _Final[_Code]
ParaspinalLine: _Final[_Code]
PosteriorTrachealStripe: _Final[_Code]
RightTrachealStripe: _Final[_Code]
Stripe: _Final[_Code]
AxillaryFascia: _Final[_Code]
Carina: _Final[_Code]
CarotidBody: _Final[_Code]
CostalCartilage: _Final[_Code]
EsophagealHiatus: _Final[_Code]
Esophagus: _Final[_Code]
Heart: _Final[_Code]
LeftMainBronchus: _Final[_Code]
LigamentumArteriosum: _Final[_Code]
LymphNode: _Final[_Code]
MitralValve: _Final[_Code]
PulmonaryValve: _Final[_Code]
RightMainBronchus: _Final[_Code]
ThoracicDuct: _Final[_Code]
ThymusGland: _Final[_Code]
Thyroid: _Final[_Code]
Trachea: _Final[_Code]
TrapeziusMuscle: _Final[_Code]
TricuspidValve: _Final[_Code]
Ventricle: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
