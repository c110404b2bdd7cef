"""CID 9402 IEC61217 Gantry Position Parameter.

Extensible, version 20130518, UID 1.2.840.10008.6.1.1024.

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
IEC61217GantryContinuousRollAngle: _Final[_groups.Cid9402Code]
IEC61217GantryContinuousPitchAngle: _Final[_groups.Cid9402Code]
IEC61217GantryContinuousYawAngle: _Final[_groups.Cid9402Code]
MEMBERS: _Final[tuple[_groups.Cid9402Code, ...]]
