"""CID 92 Joint Position During Acquisition.

Extensible, version 20100625, UID 1.2.840.10008.6.1.892.

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
NeutralMusculoskeletalPosition: _Final[_groups.Cid92Code]
Flexion: _Final[_groups.Cid92Code]
Extension: _Final[_groups.Cid92Code]
Abduction: _Final[_groups.Cid92Code]
Adduction: _Final[_groups.Cid92Code]
InternalRotation: _Final[_groups.Cid92Code]
ExternalRotation: _Final[_groups.Cid92Code]
Supination: _Final[_groups.Cid92Code]
Pronation: _Final[_groups.Cid92Code]
Torsion: _Final[_groups.Cid92Code]
MEMBERS: _Final[tuple[_groups.Cid92Code, ...]]
