"""CID 4108 Perfusion Model Parameter.

Extensible, version 20190326, UID 1.2.840.10008.6.1.993.

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
AbsoluteRegionalBloodFlow: _Final[_groups.Cid4108Code]
AbsoluteRegionalBloodVolume: _Final[_groups.Cid4108Code]
RelativeRegionalBloodFlow: _Final[_groups.Cid4108Code]
RelativeRegionalBloodVolume: _Final[_groups.Cid4108Code]
MeanTransitTime: _Final[_groups.Cid4108Code]
TimeToPeak: _Final[_groups.Cid4108Code]
OxygenExtractionFraction: _Final[_groups.Cid4108Code]
Tmax: _Final[_groups.Cid4108Code]
MEMBERS: _Final[tuple[_groups.Cid4108Code, ...]]
