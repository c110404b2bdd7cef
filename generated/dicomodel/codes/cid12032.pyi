"""CID 12032 Transducer Scan Pattern.

Extensible, version 20090409, UID 1.2.840.10008.6.1.807.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LineScanPattern: _Final[_groups.Cid12032Code]
PlaneScanPattern: _Final[_groups.Cid12032Code]
VolumeScanPattern: _Final[_groups.Cid12032Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12032Code]]
