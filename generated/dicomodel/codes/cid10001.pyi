"""CID 10001 UID Type.

Extensible, version 20190327, UID 1.2.840.10008.6.1.535.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

StudyInstanceUID: _Final[_groups.Cid10001Code]
SeriesInstanceUID: _Final[_groups.Cid10001Code]
PerformedProcedureStepSOPInstanceUID: _Final[_groups.Cid10001Code]
IrradiationEventUID: _Final[_groups.Cid10001Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10001Code]]
