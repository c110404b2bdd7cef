"""CID 3690 ECG Control Numeric Variable.

Extensible, version 20110330, UID 1.2.840.10008.6.1.895.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

SampleRate: _Final[_groups.Cid3690Code]
Sensitivity: _Final[_groups.Cid3690Code]
ZeroOffset: _Final[_groups.Cid3690Code]
PadValue: _Final[_groups.Cid3690Code]
TimeSkew: _Final[_groups.Cid3690Code]
SampleSkew: _Final[_groups.Cid3690Code]
TimeOffset: _Final[_groups.Cid3690Code]
LowPassFilterCutoffFreq: _Final[_groups.Cid3690Code]
NotchFilterFrequency: _Final[_groups.Cid3690Code]
NotchFilterBandwidth: _Final[_groups.Cid3690Code]
InterpolatorSNR: _Final[_groups.Cid3690Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3690Code]]
