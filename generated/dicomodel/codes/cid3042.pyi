"""CID 3042 Analog Waveform Filter.

Extensible, version 20220630, UID 1.2.840.10008.6.1.1453.

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
ButterworthFilter: _Final[_groups.Cid3042Code]
ChebyshevFilter: _Final[_groups.Cid3042Code]
EllipticFilter: _Final[_groups.Cid3042Code]
BesselFilter: _Final[_groups.Cid3042Code]
GaussianFilter: _Final[_groups.Cid3042Code]
KTypeFilter: _Final[_groups.Cid3042Code]
MDerivedFilter: _Final[_groups.Cid3042Code]
DoubleMDerivedFilter: _Final[_groups.Cid3042Code]
BodeFilter: _Final[_groups.Cid3042Code]
ZobelFilter: _Final[_groups.Cid3042Code]
MEMBERS: _Final[tuple[_groups.Cid3042Code, ...]]
