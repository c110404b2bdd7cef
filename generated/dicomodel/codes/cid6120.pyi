"""CID 6120 Chest Border Definition.

Extensible, version 20190326, UID 1.2.840.10008.6.1.440.

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
WellDefined: _Final[_Code]
SharplyDefined: _Final[_Code]
PoorlyDefined: _Final[_Code]
DistinctlyDefined: _Final[_Code]
WellDemarcated: _Final[_Code]
SharplyDemarcated: _Final[_Code]
PoorlyDemarcated: _Final[_Code]
Circumscribed: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
