"""CID 9272 RT ROI Image Acquisition Context.

Extensible, version 20240114, UID 1.2.840.10008.6.1.1481.
Includes CID 3823.

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
PriorToVoiding: _Final[_Code]
PostVoiding: _Final[_Code]
FullRectum: _Final[_Code]
EmptyRectum: _Final[_Code]
PreSurgicalAnatomy: _Final[_Code]
PostSurgicalAnatomy: _Final[_Code]
Inspiration: _Final[_Code]
Expiration: _Final[_Code]
AutonomousBreathing: _Final[_Code]
ValsalvaManeuver: _Final[_Code]
CentralBreathingPosition: _Final[_Code]
ShallowBreathing: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
