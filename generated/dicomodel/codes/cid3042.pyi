"""CID 3042 Analog Waveform Filter.

Extensible, version 20220630, UID 1.2.840.10008.6.1.1453.

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
ButterworthFilter: _Final[_Code]
ChebyshevFilter: _Final[_Code]
EllipticFilter: _Final[_Code]
BesselFilter: _Final[_Code]
GaussianFilter: _Final[_Code]
KTypeFilter: _Final[_Code]
MDerivedFilter: _Final[_Code]
DoubleMDerivedFilter: _Final[_Code]
BodeFilter: _Final[_Code]
ZobelFilter: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
