"""CID 3839 Coronary Vein.

Extensible, version 20110818, UID 1.2.840.10008.6.1.289.

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
AzygosVein: _Final[_Code]
CoronarySinus: _Final[_Code]
GreatCardiacVein: _Final[_Code]
SmallCardiacVein: _Final[_Code]
AnteriorCardiacVein: _Final[_Code]
AtrialVein: _Final[_Code]
AtrioventricularVein: _Final[_Code]
MiddleCardiacVein: _Final[_Code]
VentricularVein: _Final[_Code]
SmallestCardiacVein: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
