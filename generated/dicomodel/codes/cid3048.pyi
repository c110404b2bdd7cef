"""CID 3048 Waveform Annotations Document Title.

Extensible, version 20240616, UID 1.2.840.10008.6.1.1488.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

NeurophysiologyRecordingAnnotations: _Final[_groups.Cid3048Code]
NeurophysiologyPostHocReviewAnnotations: _Final[_groups.Cid3048Code]
NeurophysiologyAutomatedAnalysisAnnotations: _Final[_groups.Cid3048Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3048Code]]
