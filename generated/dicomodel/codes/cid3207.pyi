"""CID 3207 Stress Test Procedure Phase.

Extensible, version 20081031, UID 1.2.840.10008.6.1.637.

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
RestingState: _Final[_groups.Cid3207Code]
CardiacStressState: _Final[_groups.Cid3207Code]
PeakCardiacStressState: _Final[_groups.Cid3207Code]
CardiacStressRecoveryState: _Final[_groups.Cid3207Code]
Hyperventilation: _Final[_groups.Cid3207Code]
MEMBERS: _Final[tuple[_groups.Cid3207Code, ...]]
