"""CID 6209 Colon Morphology Descriptor.

Extensible, version 20090402, UID 1.2.840.10008.6.1.796.

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
Sessile: _Final[_groups.Cid6209Code]
Pedunculated: _Final[_groups.Cid6209Code]
Flat: _Final[_groups.Cid6209Code]
Circumferential: _Final[_groups.Cid6209Code]
Ulcer: _Final[_groups.Cid6209Code]
MEMBERS: _Final[tuple[_groups.Cid6209Code, ...]]
