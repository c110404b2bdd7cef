"""CID 3550 Circulatory Support Action.

Extensible, version 20030327, UID 1.2.840.10008.6.1.146.

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
BeginCirculatorySupport: _Final[_groups.Cid3550Code]
EndCirculatorySupport: _Final[_groups.Cid3550Code]
MEMBERS: _Final[tuple[_groups.Cid3550Code, ...]]
