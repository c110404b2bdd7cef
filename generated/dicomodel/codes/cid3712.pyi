"""CID 3712 Vessel Descriptor.

Extensible, version 20160314, UID 1.2.840.10008.6.1.213.

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
Ulcerated: _Final[_Code]
Restenotic: _Final[_Code]
Bifurcation: _Final[_Code]
Culprit: _Final[_Code]
Aneurysmal: _Final[_Code]
DiffuseDisease: _Final[_Code]
LuminalIrregularities: _Final[_Code]
MuscleBridge: _Final[_Code]
Stenotic: _Final[_Code]
Ectatic: _Final[_Code]
Calcified: _Final[_Code]
Thrombus: _Final[_Code]
Tortuous: _Final[_Code]
Stented: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
