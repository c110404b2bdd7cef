"""CID 3090 Time Synchronization Channel Type.

Extensible, version 20020904, UID 1.2.840.10008.6.1.51.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

DigitalTimecodeNOS: _Final[_groups.Cid3090Code]
ECGBasedGatingSignalProcessed: _Final[_groups.Cid3090Code]
IRIGBTimecode: _Final[_groups.Cid3090Code]
XRayFluoroscopyOnSignal: _Final[_groups.Cid3090Code]
XRayOnTrigger: _Final[_groups.Cid3090Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3090Code]]
