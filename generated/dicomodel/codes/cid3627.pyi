"""CID 3627 Measurement Type.

Extensible, version 20060613, UID 1.2.840.10008.6.1.172.

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
BestValue: _Final[_groups.Cid3627Code]
Mean: _Final[_groups.Cid3627Code]
Median: _Final[_groups.Cid3627Code]
Mode: _Final[_groups.Cid3627Code]
PointSourceMeasurement: _Final[_groups.Cid3627Code]
PeakToPeak: _Final[_groups.Cid3627Code]
VisualEstimation: _Final[_groups.Cid3627Code]
Estimated: _Final[_groups.Cid3627Code]
Calculated: _Final[_groups.Cid3627Code]
Measured: _Final[_groups.Cid3627Code]
MEMBERS: _Final[tuple[_groups.Cid3627Code, ...]]
