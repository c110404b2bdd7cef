"""CID 7021 Measurement Report Document Title.

Extensible, version 20141110, UID 1.2.840.10008.6.1.997.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ImagingMeasurementReport: _Final[_groups.Cid7021Code]
OncologyMeasurementReport: _Final[_groups.Cid7021Code]
DynamicContrastMRMeasurementReport: _Final[_groups.Cid7021Code]
PETMeasurementReport: _Final[_groups.Cid7021Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7021Code]]
