"""CID 9272 RT ROI Image Acquisition Context.

Extensible, version 20240114, UID 1.2.840.10008.6.1.1481.
Includes CID 3823.

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
PriorToVoiding: _Final[_groups.Cid9272Code]
PostVoiding: _Final[_groups.Cid9272Code]
FullRectum: _Final[_groups.Cid9272Code]
EmptyRectum: _Final[_groups.Cid9272Code]
PreSurgicalAnatomy: _Final[_groups.Cid9272Code]
PostSurgicalAnatomy: _Final[_groups.Cid9272Code]
Inspiration: _Final[_groups.Cid9272Code]
Expiration: _Final[_groups.Cid9272Code]
AutonomousBreathing: _Final[_groups.Cid9272Code]
ValsalvaManeuver: _Final[_groups.Cid9272Code]
CentralBreathingPosition: _Final[_groups.Cid9272Code]
ShallowBreathing: _Final[_groups.Cid9272Code]
MEMBERS: _Final[tuple[_groups.Cid9272Code, ...]]
