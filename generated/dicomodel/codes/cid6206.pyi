"""CID 6206 Recumbent Patient Orientation for Colon.

Extensible, version 20090402, UID 1.2.840.10008.6.1.793.

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
Prone: _Final[_groups.Cid6206Code]
Supine: _Final[_groups.Cid6206Code]
RightLateralDecubitus: _Final[_groups.Cid6206Code]
LeftLateralDecubitus: _Final[_groups.Cid6206Code]
MEMBERS: _Final[tuple[_groups.Cid6206Code, ...]]
