"""CID 3691 ECG Control Text Variable.

Extensible, version 20110330, UID 1.2.840.10008.6.1.896.

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
LowPassFilter: _Final[_Code]
HighPassFilter: _Final[_Code]
HighPassFilterDescription: _Final[_Code]
NotchFilter: _Final[_Code]
NotchFilterDescription: _Final[_Code]
BaselineDescription: _Final[_Code]
Interpolator: _Final[_Code]
InterpolatorDescription: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
