"""CID 6089 Substance.

Extensible, version 20160314, UID 1.2.840.10008.6.1.411.

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
EthylAlcohol: _Final[_groups.Cid6089Code]
Amphetamine: _Final[_groups.Cid6089Code]
Marijuana: _Final[_groups.Cid6089Code]
Cocaine: _Final[_groups.Cid6089Code]
Heroin: _Final[_groups.Cid6089Code]
LysergicAcidDiethlyamide: _Final[_groups.Cid6089Code]
Mescaline: _Final[_groups.Cid6089Code]
Phencyclidine: _Final[_groups.Cid6089Code]
Methadone: _Final[_groups.Cid6089Code]
Morphine: _Final[_groups.Cid6089Code]
Methlyphenidate: _Final[_groups.Cid6089Code]
ChewingTobacco: _Final[_groups.Cid6089Code]
CigaretteSmokingTobacco: _Final[_groups.Cid6089Code]
Caffeine: _Final[_groups.Cid6089Code]
MEMBERS: _Final[tuple[_groups.Cid6089Code, ...]]
