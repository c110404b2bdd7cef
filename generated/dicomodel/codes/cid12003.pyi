"""CID 12003 OB-GYN Date.

Extensible, version 20210120, UID 1.2.840.10008.6.1.552.

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
EDD: _Final[_Code]
EDDFromLMP: _Final[_Code]
EDDFromAverageUltrasoundAge: _Final[_Code]
EDDFromOvulationDate: _Final[_Code]
LMP: _Final[_Code]
EstimatedLMPByEDD: _Final[_Code]
OvulationDate: _Final[_Code]
ConceptionDate: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
