"""CID 12019 OB-GYN Fetus Summary.

Extensible, version 20210903, UID 1.2.840.10008.6.1.567.

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
GestationalAge: _Final[_Code]
CompositeUltrasoundAge: _Final[_Code]
GestationalAgeByLMP: _Final[_Code]
EstimatedWeight: _Final[_Code]
EFWPercentileRank: _Final[_Code]
EFWRatio: _Final[_Code]
EFWDiscordance: _Final[_Code]
FetalHeartRate: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
