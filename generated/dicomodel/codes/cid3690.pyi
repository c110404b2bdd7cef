"""CID 3690 ECG Control Numeric Variable.

Extensible, version 20110330, UID 1.2.840.10008.6.1.895.

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
SampleRate: _Final[_Code]
Sensitivity: _Final[_Code]
ZeroOffset: _Final[_Code]
PadValue: _Final[_Code]
TimeSkew: _Final[_Code]
SampleSkew: _Final[_Code]
TimeOffset: _Final[_Code]
LowPassFilterCutoffFreq: _Final[_Code]
NotchFilterFrequency: _Final[_Code]
NotchFilterBandwidth: _Final[_Code]
InterpolatorSNR: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
