"""CID 4266 Ophthalmic Anatomic Structure Reference Point.

Extensible, version 20170914, UID 1.2.840.10008.6.1.942.

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
MorphologicallyAbnormalStructure: _Final[_groups.Cid4266Code]
Lesion: _Final[_groups.Cid4266Code]
FoveaCentralis: _Final[_groups.Cid4266Code]
OpticNerveHead: _Final[_groups.Cid4266Code]
DiscFovea: _Final[_groups.Cid4266Code]
Cornea: _Final[_groups.Cid4266Code]
MEMBERS: _Final[tuple[_groups.Cid4266Code, ...]]
