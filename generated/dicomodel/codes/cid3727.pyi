"""CID 3727 Catheterization Indication.

Extensible, version 20111028, UID 1.2.840.10008.6.1.227.

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
CardiogenicShock: _Final[_groups.Cid3727Code]
ValvularHeartDisease: _Final[_groups.Cid3727Code]
Arrhythmia: _Final[_groups.Cid3727Code]
IschemicHeartDisease: _Final[_groups.Cid3727Code]
CardiacFunctionTestAbnormal: _Final[_groups.Cid3727Code]
HeartTransplant: _Final[_groups.Cid3727Code]
HeartDiseaseCongenital: _Final[_groups.Cid3727Code]
Cardiomyopathy: _Final[_groups.Cid3727Code]
HeartDisease: _Final[_groups.Cid3727Code]
MEMBERS: _Final[tuple[_groups.Cid3727Code, ...]]
