"""CID 6057 Ductography Finding for Breast.

Extensible, version 20040112, UID 1.2.840.10008.6.1.386.

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
NormalBreastTissue: _Final[_groups.Cid6057Code]
IntraluminalFillingDefect: _Final[_groups.Cid6057Code]
MammaryDuctEctasia: _Final[_groups.Cid6057Code]
MultipleFillingDefect: _Final[_groups.Cid6057Code]
AbruptDuctTermination: _Final[_groups.Cid6057Code]
Extravasation: _Final[_groups.Cid6057Code]
DuctNarrowing: _Final[_groups.Cid6057Code]
CystFill: _Final[_groups.Cid6057Code]
MEMBERS: _Final[tuple[_groups.Cid6057Code, ...]]
