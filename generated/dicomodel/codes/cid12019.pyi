"""CID 12019 OB-GYN Fetus Summary.

Extensible, version 20210903, UID 1.2.840.10008.6.1.567.

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
GestationalAge: _Final[_groups.Cid12019Code]
CompositeUltrasoundAge: _Final[_groups.Cid12019Code]
GestationalAgeByLMP: _Final[_groups.Cid12019Code]
EstimatedWeight: _Final[_groups.Cid12019Code]
EFWPercentileRank: _Final[_groups.Cid12019Code]
EFWRatio: _Final[_groups.Cid12019Code]
EFWDiscordance: _Final[_groups.Cid12019Code]
FetalHeartRate: _Final[_groups.Cid12019Code]
MEMBERS: _Final[tuple[_groups.Cid12019Code, ...]]
