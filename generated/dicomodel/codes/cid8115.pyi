"""CID 8115 Specimen Embedding Media.

Extensible, version 20080626, UID 1.2.840.10008.6.1.1053.

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
ParaffinWax: _Final[_groups.Cid8115Code]
TissueFreezingMedium: _Final[_groups.Cid8115Code]
Plastic: _Final[_groups.Cid8115Code]
Agar: _Final[_groups.Cid8115Code]
EpoxyResin: _Final[_groups.Cid8115Code]
AcrylicResin: _Final[_groups.Cid8115Code]
MEMBERS: _Final[tuple[_groups.Cid8115Code, ...]]
