"""CID 3840 Pulmonary Vein.

Extensible, version 20110818, UID 1.2.840.10008.6.1.290.

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
PulmonaryVein: _Final[_groups.Cid3840Code]
LeftPulmonaryVein: _Final[_groups.Cid3840Code]
InferiorLeftPulmonaryVein: _Final[_groups.Cid3840Code]
SuperiorLeftPulmonaryVein: _Final[_groups.Cid3840Code]
RightPulmonaryVein: _Final[_groups.Cid3840Code]
InferiorRightPulmonaryVein: _Final[_groups.Cid3840Code]
SuperiorRightPulmonaryVein: _Final[_groups.Cid3840Code]
MEMBERS: _Final[tuple[_groups.Cid3840Code, ...]]
