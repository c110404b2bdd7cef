"""CID 3703 Wall Motion.

Extensible, version 20111028, UID 1.2.840.10008.6.1.205.

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
NotEvaluated: _Final[_Code]
Unknown: _Final[_Code]
NotVisualized: _Final[_Code]
NormalWallMotion: _Final[_Code]
HyperkineticRegion: _Final[_Code]
Hypokinesis: _Final[_Code]
MildHypokinesis: _Final[_Code]
ModerateHypokinesis: _Final[_Code]
SevereHypokinesis: _Final[_Code]
Akinesis: _Final[_Code]
Dyskinesis: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
