"""CID 3769 Concern Type.

Extensible, version 20240611, UID 1.2.840.10008.6.1.258.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Complaint: _Final[_groups.Cid3769Code]
Disease: _Final[_groups.Cid3769Code]
Finding: _Final[_groups.Cid3769Code]
FindingReportedByPatientInformant: _Final[_groups.Cid3769Code]
FunctionalPerformanceAndActivity: _Final[_groups.Cid3769Code]
Problem: _Final[_groups.Cid3769Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3769Code]]
