"""CID 3691 ECG Control Text Variable.

Extensible, version 20110330, UID 1.2.840.10008.6.1.896.

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
LowPassFilter: _Final[_groups.Cid3691Code]
HighPassFilter: _Final[_groups.Cid3691Code]
HighPassFilterDescription: _Final[_groups.Cid3691Code]
NotchFilter: _Final[_groups.Cid3691Code]
NotchFilterDescription: _Final[_groups.Cid3691Code]
BaselineDescription: _Final[_groups.Cid3691Code]
Interpolator: _Final[_groups.Cid3691Code]
InterpolatorDescription: _Final[_groups.Cid3691Code]
MEMBERS: _Final[tuple[_groups.Cid3691Code, ...]]
