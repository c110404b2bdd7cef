"""CID 3047 Waveform Annotation Classification.

Extensible, version 20240616, UID 1.2.840.10008.6.1.1487.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PatternEvent: _Final[_groups.Cid3047Code]
EEGAnnotation: _Final[_groups.Cid3047Code]
EMGAnnotation: _Final[_groups.Cid3047Code]
EOGAnnotation: _Final[_groups.Cid3047Code]
DeviceRelatedAndEnvironmentRelatedEvent: _Final[_groups.Cid3047Code]
PatientConsciousness: _Final[_groups.Cid3047Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3047Code]]
