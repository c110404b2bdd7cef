"""CID 3101 Cardiac Procedural State Value.

Extensible, version 20091021, UID 1.2.840.10008.6.1.52.

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
RestingState: _Final[_groups.Cid3101Code]
CardiacStressState: _Final[_groups.Cid3101Code]
ReinjectionState: _Final[_groups.Cid3101Code]
RedistributionState: _Final[_groups.Cid3101Code]
DelayedRedistributionState: _Final[_groups.Cid3101Code]
MEMBERS: _Final[tuple[_groups.Cid3101Code, ...]]
