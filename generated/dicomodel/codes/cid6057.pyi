"""CID 6057 Ductography Finding for Breast.

Extensible, version 20040112, UID 1.2.840.10008.6.1.386.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
NormalBreastTissue: _Final[_Code]
IntraluminalFillingDefect: _Final[_Code]
MammaryDuctEctasia: _Final[_Code]
MultipleFillingDefect: _Final[_Code]
AbruptDuctTermination: _Final[_Code]
Extravasation: _Final[_Code]
DuctNarrowing: _Final[_Code]
CystFill: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
