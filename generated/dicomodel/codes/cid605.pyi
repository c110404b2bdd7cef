"""CID 605 Animal Bedding Material.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1070.

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
AspenChipBedding: _Final[_groups.Cid605Code]
AspenShavingBedding: _Final[_groups.Cid605Code]
CornCobBedding: _Final[_groups.Cid605Code]
PaperBasedBedding: _Final[_groups.Cid605Code]
PineChipBedding: _Final[_groups.Cid605Code]
PineShavingBedding: _Final[_groups.Cid605Code]
MEMBERS: _Final[tuple[_groups.Cid605Code, ...]]
