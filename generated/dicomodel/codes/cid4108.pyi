"""CID 4108 Perfusion Model Parameter.

Extensible, version 20190326, UID 1.2.840.10008.6.1.993.

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
AbsoluteRegionalBloodFlow: _Final[_Code]
AbsoluteRegionalBloodVolume: _Final[_Code]
RelativeRegionalBloodFlow: _Final[_Code]
RelativeRegionalBloodVolume: _Final[_Code]
MeanTransitTime: _Final[_Code]
TimeToPeak: _Final[_Code]
OxygenExtractionFraction: _Final[_Code]
Tmax: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
