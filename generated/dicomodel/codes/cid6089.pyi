"""CID 6089 Substance.

Extensible, version 20160314, UID 1.2.840.10008.6.1.411.

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
EthylAlcohol: _Final[_Code]
Amphetamine: _Final[_Code]
Marijuana: _Final[_Code]
Cocaine: _Final[_Code]
Heroin: _Final[_Code]
LysergicAcidDiethlyamide: _Final[_Code]
Mescaline: _Final[_Code]
Phencyclidine: _Final[_Code]
Methadone: _Final[_Code]
Morphine: _Final[_Code]
Methlyphenidate: _Final[_Code]
ChewingTobacco: _Final[_Code]
CigaretteSmokingTobacco: _Final[_Code]
Caffeine: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
