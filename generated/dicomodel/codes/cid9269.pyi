"""CID 9269 RT Radiation Meterset Units.

Extensible, version 20221225, UID 1.2.840.10008.6.1.1468.
Includes CID 9552, CID 9557, CID 9559.

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
MonitorUnits: _Final[_groups.Cid9269Code]
S: _Final[_groups.Cid9269Code]
MEMBERS: _Final[tuple[_groups.Cid9269Code, ...]]
