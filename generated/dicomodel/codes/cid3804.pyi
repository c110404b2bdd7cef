"""CID 3804 Stenosis Measurement Method.

Extensible, version 20051103, UID 1.2.840.10008.6.1.265.

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
NASCET: _Final[_groups.Cid3804Code]
ECST: _Final[_groups.Cid3804Code]
AreaBasedMethod: _Final[_groups.Cid3804Code]
DiameterBasedMethod: _Final[_groups.Cid3804Code]
MEMBERS: _Final[tuple[_groups.Cid3804Code, ...]]
