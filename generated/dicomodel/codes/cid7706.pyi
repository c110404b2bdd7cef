"""CID 7706 Cranial Nerve.

Extensible, version 20150106, UID 1.2.840.10008.6.1.1018.

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
OlfactoryTract: _Final[_Code]
OpticNerve: _Final[_Code]
OculomotorNerve: _Final[_Code]
TrochlearNerve: _Final[_Code]
TrigeminalNerve: _Final[_Code]
AbducensNerve: _Final[_Code]
FacialNerve: _Final[_Code]
VestibulocochlearNerve: _Final[_Code]
GlossopharyngealNerve: _Final[_Code]
VagusNerve: _Final[_Code]
AccessoryNerve: _Final[_Code]
HypoglossalNerve: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
