"""CID 3807 Volume Measurement Method.

Extensible, version 20051103, UID 1.2.840.10008.6.1.268.

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
AreaBasedMethod: _Final[_groups.Cid3807Code]
DiameterBasedMethod: _Final[_groups.Cid3807Code]
VolumeBasedMethod: _Final[_groups.Cid3807Code]
MEMBERS: _Final[tuple[_groups.Cid3807Code, ...]]
