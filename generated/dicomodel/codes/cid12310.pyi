"""CID 12310 Myocardial Strain Method.

Extensible, version 20211112, UID 1.2.840.10008.6.1.1427.

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
EndocardialMethod: _Final[_groups.Cid12310Code]
EpicardialMethod: _Final[_groups.Cid12310Code]
MyocardialMidlayerMethod: _Final[_groups.Cid12310Code]
MEMBERS: _Final[tuple[_groups.Cid12310Code, ...]]
