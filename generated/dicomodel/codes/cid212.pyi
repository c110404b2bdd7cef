"""CID 212 Generic Anatomic Location Modifier.

Extensible, version 20190524, UID 1.2.840.10008.6.1.1287.

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
Anterior: _Final[_groups.Cid212Code]
Central: _Final[_groups.Cid212Code]
Distal: _Final[_groups.Cid212Code]
Inferior: _Final[_groups.Cid212Code]
Lateral: _Final[_groups.Cid212Code]
Median: _Final[_groups.Cid212Code]
Middle: _Final[_groups.Cid212Code]
MidLongitudinal: _Final[_groups.Cid212Code]
Posterior: _Final[_groups.Cid212Code]
Proximal: _Final[_groups.Cid212Code]
Superior: _Final[_groups.Cid212Code]
MEMBERS: _Final[tuple[_groups.Cid212Code, ...]]
