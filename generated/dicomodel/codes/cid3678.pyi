"""CID 3678 QT Correction Algorithm.

Extensible, version 20081029, UID 1.2.840.10008.6.1.192.

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
BazettQTCorrectionAlgorithm: _Final[_groups.Cid3678Code]
HodgesQTCorrectionAlgorithm: _Final[_groups.Cid3678Code]
FridericiaQtcAlgorithm: _Final[_groups.Cid3678Code]
FraminghamQtcAlgorithm: _Final[_groups.Cid3678Code]
MEMBERS: _Final[tuple[_groups.Cid3678Code, ...]]
