"""CID 12025 OB-GYN Ultrasound Beam Path.

Extensible, version 20200704, UID 1.2.840.10008.6.1.1341.

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
TransAbdominal: _Final[_groups.Cid12025Code]
TransVaginal: _Final[_groups.Cid12025Code]
MEMBERS: _Final[tuple[_groups.Cid12025Code, ...]]
