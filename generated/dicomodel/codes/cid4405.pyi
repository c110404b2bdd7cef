"""CID 4405 Skin Disorder.

Extensible, version 20231115, UID 1.2.840.10008.6.1.1350.

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
SolarDegeneration: _Final[_Code]
AtypicalMoleSyndrome: _Final[_Code]
TelangiectasiaCutaneousCancerSyndromeFamilial: _Final[_Code]
GorlinSyndrome: _Final[_Code]
PTENHamartomaTumorSyndrome: _Final[_Code]
RomboSyndrome: _Final[_Code]
Rosacea: _Final[_Code]
Eczema: _Final[_Code]
Psoriasis: _Final[_Code]
LupusErythematosus: _Final[_Code]
AtopicDermatitis: _Final[_Code]
ActinicKeratosis: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
